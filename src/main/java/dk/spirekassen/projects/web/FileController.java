package dk.spirekassen.projects.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import dk.spirekassen.projects.ProjectCatalogue;
import dk.spirekassen.projects.ProjectManagement;
import dk.spirekassen.projects.ProjectViews.ProjectHeading;
import dk.spirekassen.projects.Viewer;
import dk.spirekassen.shared.FormView;
import dk.spirekassen.shared.UploadLimitFilter;

/**
 * Uploading files to a project's toolbox and removing them. Downloads are in {@link FileDownloadController},
 * since public results are open to everyone.
 */
@Controller
@RequestMapping("/projekter/{id:\\d+}/filer")
class FileController {

	private static final String LABELS = "file.field.";

	private static final int ATTEMPTS = 5;

	private final ProjectCatalogue catalogue;

	private final ProjectManagement projects;

	private final PartForms forms;

	FileController(ProjectCatalogue catalogue, ProjectManagement projects, PartForms forms) {
		this.catalogue = catalogue;
		this.projects = projects;
		this.forms = forms;
	}

	@ModelAttribute("project")
	ProjectHeading project(@PathVariable long id, Authentication authentication) {
		return catalogue.editableHeading(id, Viewer.of(authentication));
	}

	@GetMapping("/ny")
	String form(@ModelAttribute(name = "project", binding = false) ProjectHeading project,
			@RequestParam(name = UploadLimitFilter.TOO_LARGE, required = false) String tooLarge, Locale locale,
			Model model) {
		var form = forms.empty(LABELS, locale);
		return form(tooLarge == null ? form : form.rejectKey("file", "file.error.tooLarge"), model);
	}

	@PostMapping
	String upload(@ModelAttribute(name = "project", binding = false) ProjectHeading project,
			@RequestParam(required = false) MultipartFile file, @Valid @ModelAttribute("form") FileForm submitted,
			BindingResult result, Authentication authentication, HttpServletRequest request, Locale locale,
			Model model) throws IOException {
		var fileName = file == null ? null : file.getOriginalFilename();
		// The upload goes from the request's part to a file of its own (a move, when the container kept the part
		// on disk) and from there to storage in pieces: never whole in memory.
		var content = Files.createTempFile("spirekassen-upload-", ".tmp");
		try {
			if (file != null && !file.isEmpty()) {
				file.transferTo(content);
			}
			return forms.save(project.id(), result, request, FileForm.class, LABELS, locale,
					() -> addFile(project.id(), submitted, fileName, content, Viewer.of(authentication)),
					form -> form(form, model), "#resultater");
		}
		finally {
			Files.deleteIfExists(content);
		}
	}

	/**
	 * Adds the file, again if someone else changed the project meanwhile (two uploads to one project at once): the
	 * upload is still on disk, and a person who chose a file should not have to choose it again.
	 */
	private long addFile(long id, FileForm submitted, String fileName, Path content, Viewer viewer) {
		for (int attempt = 1;; attempt++) {
			try {
				return projects.addFile(id, submitted.title(), fileName, content, submitted.isPublic(), viewer);
			}
			catch (OptimisticLockingFailureException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	@PostMapping("/{fileId:\\d+}/slet")
	String remove(@ModelAttribute(name = "project", binding = false) ProjectHeading project,
			@PathVariable long fileId, Authentication authentication) {
		projects.removeFile(project.id(), fileId, Viewer.of(authentication));
		return "redirect:/projekter/" + project.id() + "?gemt#resultater";
	}

	private static String form(FormView form, Model model) {
		model.addAttribute("form", form);
		return "projects/file-form";
	}
}

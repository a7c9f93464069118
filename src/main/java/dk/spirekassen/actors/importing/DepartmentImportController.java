package dk.spirekassen.actors.importing;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import dk.spirekassen.actors.ActorPermissions;
import dk.spirekassen.shared.UploadLimitFilter;

/**
 * The secretariat's import of organisations and departments: upload a file, read the report of its problems,
 * choose what to import and follow the import while it runs.
 */
@Controller
@RequestMapping("/sekretariat/import")
class DepartmentImportController {

	private final DepartmentImports imports;

	private final MessageSource messages;

	DepartmentImportController(DepartmentImports imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping
	String form(@RequestParam(name = UploadLimitFilter.TOO_LARGE, required = false) String tooLarge,
			Authentication authentication, Locale locale, Model model) {
		requireSecretariat(authentication);
		var problems = tooLarge == null ? List.<ProblemView>of()
				: List.of(text(Problem.ofFile("import.file.tooLarge"), locale));
		return form(problems, model);
	}

	@PostMapping
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Authentication authentication,
			Locale locale, Model model) throws IOException {
		requireSecretariat(authentication);
		if (file == null || file.isEmpty() && isBlank(file.getOriginalFilename())) {
			return form(List.of(text(Problem.ofFile("import.file.none"), locale)), model);
		}
		DepartmentImports.Checked checked;
		try (var content = file.getInputStream()) {
			checked = imports.check(file.getOriginalFilename(), content, authentication.getName());
		}
		if (checked.jobId() == null) {
			return form(checked.fileProblems().stream().map(problem -> text(problem, locale)).toList(), model);
		}
		return "redirect:/sekretariat/import/" + checked.jobId();
	}

	@GetMapping("/{id:\\d+}")
	String show(@PathVariable long id, @RequestParam(required = false) Integer page, Authentication authentication,
			HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
		requireSecretariat(authentication);
		var job = imports.job(id);
		response.addHeader("Vary", "HX-Request");
		if ("true".equals(request.getHeader("HX-Request"))
				&& !"true".equals(request.getHeader("HX-History-Restore-Request"))) {
			model.addAttribute("job", job);
			return "actors/import-status";
		}
		return report(job, page, null, locale, model);
	}

	@PostMapping("/{id:\\d+}/udfoer")
	String carryOut(@PathVariable long id, @RequestParam ImportMode mode, Authentication authentication,
			HttpServletResponse response, Locale locale, Model model) {
		requireSecretariat(authentication);
		try {
			imports.start(id, mode);
		}
		catch (ImportRefusedException ex) {
			if (!"import.refused.started".equals(ex.messageKey())) {
				response.setStatus(HttpStatus.CONFLICT.value());
				var refusal = messages.getMessage(ex.messageKey(), null, ex.messageKey(), locale);
				return report(imports.job(id), null, refusal, locale, model);
			}
		}
		return "redirect:/sekretariat/import/" + id;
	}

	private String form(List<ProblemView> problems, Model model) {
		model.addAttribute("problems", problems);
		model.addAttribute("recent", imports.recent());
		return "actors/import";
	}

	private String report(ImportJobView job, Integer page, String refusal, Locale locale, Model model) {
		model.addAttribute("job", job);
		model.addAttribute("refusal", refusal);
		model.addAttribute("problems",
				imports.problems(job.id(), page == null ? 0 : page).map(problem -> text(problem, locale)));
		return "actors/import-job";
	}

	private ProblemView text(Problem problem, Locale locale) {
		var reason = messages.getMessage(problem.reason(), problem.arguments().toArray(), problem.reason(), locale);
		var summary = problem.line() > 0 && problem.column() != null
				? messages.getMessage("import.problem.where",
						new Object[] { String.valueOf(problem.line()), problem.column(), reason }, locale)
				: reason;
		return new ProblemView(problem.line(), problem.column(), reason, summary);
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static void requireSecretariat(Authentication authentication) {
		if (!ActorPermissions.isSecretariat(authentication)) {
			throw new AccessDeniedException("Not allowed");
		}
	}
}

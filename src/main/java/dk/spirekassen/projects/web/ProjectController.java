package dk.spirekassen.projects.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.actors.Directory;
import dk.spirekassen.actors.Region;
import dk.spirekassen.projects.BottomLine;
import dk.spirekassen.projects.NeedKind;
import dk.spirekassen.projects.ProjectCatalogue;
import dk.spirekassen.projects.ProjectDetails;
import dk.spirekassen.projects.ProjectFilter;
import dk.spirekassen.projects.ProjectManagement;
import dk.spirekassen.projects.ProjectRuleException;
import dk.spirekassen.projects.ProjectUpdates;
import dk.spirekassen.projects.Stage;
import dk.spirekassen.projects.Viewer;
import dk.spirekassen.projects.Visibility;
import dk.spirekassen.shared.FormView;
import dk.spirekassen.shared.Forms;
import dk.spirekassen.shared.NotFoundException;
import dk.spirekassen.shared.Option;
import dk.spirekassen.shared.Web;

@Controller
class ProjectController {

	/** The projects shown as "Lignende projekter". */
	private static final int SIMILAR = 3;

	/** How many updates the project page lists; one more is read to know whether there are more. */
	static final int UPDATES_SHOWN = 5;

	private static final String LABELS = "project.field.";

	private final ProjectCatalogue catalogue;

	private final ProjectManagement projects;

	private final ActorManagement actors;

	private final Directory directory;

	private final MessageSource messages;

	private final Forms forms;

	private final ObjectProvider<ProjectUpdates> updates;

	ProjectController(ProjectCatalogue catalogue, ProjectManagement projects, ActorManagement actors,
			Directory directory, MessageSource messages, Forms forms, ObjectProvider<ProjectUpdates> updates) {
		this.catalogue = catalogue;
		this.projects = projects;
		this.actors = actors;
		this.directory = directory;
		this.messages = messages;
		this.forms = forms;
		this.updates = updates;
	}

	/** A filter value that does not convert ({@code ?stage=EVIL}) is a bad request, answered with a 400 page. */
	@GetMapping("/projekter")
	String list(@ModelAttribute("filter") ProjectFilter filter, @RequestParam(required = false) Integer page,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response, Locale locale,
			Model model) {
		model.addAttribute("page", catalogue.projects(filter, Viewer.of(authentication), Web.page(page), locale));
		if (Web.partial(request, response)) {
			return "projects/project-results";
		}
		model.addAttribute("stages", Web.options(Stage.class, messages, locale));
		model.addAttribute("regions", Web.options(Region.class, messages, locale));
		model.addAttribute("bottomLines", Web.options(BottomLine.class, messages, locale));
		model.addAttribute("needKinds", Web.options(NeedKind.class, messages, locale));
		model.addAttribute("themes", actors.themeOptions(locale));
		model.addAttribute("owners", owners());
		return "projects/projects";
	}

	/** Projects and ideas like the one being proposed, shown beside the form as its title and summary are written. */
	@GetMapping("/projekter/lignende")
	String similar(@RequestParam(required = false) String title, @RequestParam(required = false) String summary,
			Authentication authentication, Locale locale, Model model) {
		var viewer = Viewer.of(authentication);
		Web.require(viewer.signedIn());
		model.addAttribute("similar", catalogue.similar(title, summary, viewer, 5, locale));
		return "projects/similar";
	}

	@GetMapping("/projekter/{id:\\d+}")
	String show(@PathVariable long id, Authentication authentication, Locale locale, Model model) {
		var viewer = Viewer.of(authentication);
		var project = catalogue.project(id, viewer, locale);
		model.addAttribute("project", project);
		var source = updates.getIfAvailable();
		model.addAttribute("updates",
				source == null ? List.of() : source.newest(id, project.can(), viewer, UPDATES_SHOWN + 1));
		model.addAttribute("similarProjects", catalogue.similarTo(id, viewer, SIMILAR, locale));
		return "projects/project";
	}

	/**
	 * The project a development day's group became; the hand-over happens just after the group is formed. A
	 * project the viewer may not see is not found.
	 */
	@GetMapping("/projekter/fra-gruppe/{groupId:\\d+}")
	String fromGroup(@PathVariable long groupId, Authentication authentication) {
		return "redirect:/projekter/" + catalogue.projectOfGroup(groupId, Viewer.of(authentication))
			.orElseThrow(() -> new NotFoundException("group", groupId));
	}

	@GetMapping("/projekter/ny")
	String proposeForm(Authentication authentication, Locale locale, Model model) {
		Web.require(Viewer.of(authentication).signedIn());
		return form(null, FormView.of(Map.of("visibility", Visibility.PUBLIC), messages, locale, LABELS),
				authentication, locale, model);
	}

	@PostMapping("/projekter")
	String propose(@Valid @ModelAttribute("form") ProjectForm submitted, BindingResult result,
			Authentication authentication, HttpServletRequest request, Locale locale, Model model) {
		var viewer = Viewer.of(authentication);
		Web.require(viewer.signedIn());
		if (!result.hasErrors()) {
			try {
				return "redirect:/projekter/" + projects.propose(submitted.toDetails(), viewer) + "?gemt";
			}
			catch (ProjectRuleException ex) {
				return form(null, submitted(request, result, locale).rejectKey(ex.field(), ex.messageKey(),
						ex.args()), authentication, locale, model);
			}
		}
		return form(null, submitted(request, result, locale), authentication, locale, model);
	}

	@GetMapping("/projekter/{id:\\d+}/rediger")
	String editForm(@PathVariable long id, Authentication authentication, Locale locale, Model model) {
		var details = catalogue.details(id, Viewer.of(authentication));
		return form(id, FormView.of(values(details), messages, locale, LABELS), authentication, locale, model);
	}

	@PostMapping("/projekter/{id:\\d+}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ProjectForm submitted, BindingResult result,
			Authentication authentication, HttpServletRequest request, Locale locale, Model model) {
		var viewer = Viewer.of(authentication);
		catalogue.details(id, viewer);
		if (!result.hasErrors()) {
			try {
				projects.update(id, submitted.toDetails(), viewer);
				return "redirect:/projekter/" + id + "?gemt";
			}
			catch (ProjectRuleException ex) {
				return form(id, submitted(request, result, locale).rejectKey(ex.field(), ex.messageKey(), ex.args()),
						authentication, locale, model);
			}
		}
		return form(id, submitted(request, result, locale), authentication, locale, model);
	}

	@PostMapping("/projekter/{id:\\d+}/foelg")
	String follow(@PathVariable long id, @RequestParam(defaultValue = "true") boolean follow,
			Authentication authentication) {
		projects.follow(id, follow, Viewer.of(authentication));
		return "redirect:/projekter/" + id;
	}

	private FormView submitted(HttpServletRequest request, BindingResult result, Locale locale) {
		return forms.submitted(request, result, ProjectForm.class, LABELS, locale);
	}

	private String form(Long id, FormView form, Authentication authentication, Locale locale, Model model) {
		var viewer = Viewer.of(authentication);
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("secretariat", viewer.secretariat());
		model.addAttribute("visibilities", Web.options(Visibility.class, messages, locale));
		model.addAttribute("themes", actors.themeOptions(locale));
		model.addAttribute("municipalities", actors.municipalities()
			.stream()
			.map(m -> new Option(String.valueOf(m.getCode()), m.getName()))
			.toList());
		model.addAttribute("owners", owners());
		var owner = parseLong(form.value("ownerOrganisationId"));
		model.addAttribute("departments", owner == null ? List.of()
				: directory.departmentRefs(owner)
					.stream()
					.map(d -> new Option(String.valueOf(d.id()), d.name()))
					.toList());
		return "projects/project-form";
	}

	private List<Option> owners() {
		return directory.memberRefs().stream().map(o -> new Option(String.valueOf(o.id()), o.name())).toList();
	}

	private static Long parseLong(String value) {
		try {
			return value == null || value.isBlank() ? null : Long.valueOf(value);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static Map<String, Object> values(ProjectDetails details) {
		var values = new LinkedHashMap<String, Object>();
		values.put("title", details.title());
		values.put("summary", details.summary());
		values.put("description", details.description());
		values.put("visibility", details.visibility());
		values.put("ownerOrganisationId", details.ownerOrganisationId());
		values.put("budget", details.budget());
		values.put("themeIds", details.themeIds());
		values.put("municipalityCodes", details.municipalityCodes());
		values.put("departmentIds", details.departmentIds());
		return values;
	}
}

package dk.spirekassen.projects.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import dk.spirekassen.actors.DirectoryRows.OrganisationRef;
import dk.spirekassen.projects.ProjectRuleException;
import dk.spirekassen.shared.FormView;
import dk.spirekassen.shared.Forms;
import dk.spirekassen.shared.Option;

/**
 * What the forms of a project's parts share: an empty or filled form, and saving a submit that either goes back
 * to the project page or shows the form again with what was typed and why it was refused.
 */
@Component
class PartForms {

	private final Forms forms;

	private final MessageSource messages;

	PartForms(Forms forms, MessageSource messages) {
		this.forms = forms;
		this.messages = messages;
	}

	FormView empty(String labels, Locale locale) {
		return FormView.of(Map.of(), messages, locale, labels);
	}

	FormView of(Map<String, ?> values, String labels, Locale locale) {
		return FormView.of(values, messages, locale, labels);
	}

	/**
	 * Runs the action when the submit is valid and goes back to the project's page at {@code anchor}; otherwise,
	 * or when the project's rules refuse, shows the form again.
	 */
	String save(long projectId, BindingResult result, HttpServletRequest request, Class<?> type, String labels,
			Locale locale, Runnable action, Function<FormView, String> form, String anchor) {
		if (!result.hasErrors()) {
			try {
				action.run();
				return "redirect:/projekter/" + projectId + "?gemt" + anchor;
			}
			catch (ProjectRuleException ex) {
				return form.apply(forms.submitted(request, result, type, labels, locale)
					.rejectKey(ex.field(), ex.messageKey(), ex.args()));
			}
		}
		return form.apply(forms.submitted(request, result, type, labels, locale));
	}

	static List<Option> refs(List<OrganisationRef> refs) {
		return refs.stream().map(r -> new Option(String.valueOf(r.id()), r.name())).toList();
	}
}

package dk.spirekassen.shared;

import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a form shows: the values in its fields and the reason each rejected field was rejected. After a failed
 * submit the values are exactly what the user typed, so nothing is lost.
 */
public final class FormView {

	private final Map<String, List<String>> values;

	private final Map<String, String> errors = new LinkedHashMap<>();

	private final List<Problem> problems = new ArrayList<>();

	private final MessageSource messages;

	private final Locale locale;

	private final String labelPrefix;

	private FormView(Map<String, List<String>> values, MessageSource messages, Locale locale, String labelPrefix) {
		this.values = values;
		this.messages = messages;
		this.locale = locale;
		this.labelPrefix = labelPrefix;
	}

	/**
	 * A form filled with stored values. Collections become several values, {@code null} an empty field.
	 */
	public static FormView of(Map<String, ?> stored, MessageSource messages, Locale locale, String labelPrefix) {
		var values = new LinkedHashMap<String, List<String>>();
		stored.forEach((name, value) -> {
			if (value instanceof Collection<?> many) {
				values.put(name, many.stream().map(String::valueOf).toList());
			}
			else if (value != null) {
				values.put(name, List.of(String.valueOf(value)));
			}
		});
		return new FormView(values, messages, locale, labelPrefix);
	}

	/** A form showing what was submitted, with the binding and validation errors. */
	public static FormView submitted(Map<String, String[]> parameters, BindingResult result, MessageSource messages,
			Locale locale, String labelPrefix) {
		var values = new LinkedHashMap<String, List<String>>();
		parameters.forEach((name, given) -> values.put(name, List.of(given)));
		var form = new FormView(values, messages, locale, labelPrefix);
		for (FieldError error : result.getFieldErrors()) {
			form.reject(error.getField(), messages.getMessage(error, locale));
		}
		for (var error : result.getGlobalErrors()) {
			form.reject(null, messages.getMessage(error, locale));
		}
		return form;
	}

	/** Marks a field rejected with a message key from the bundle. */
	public FormView rejectKey(String field, String messageKey) {
		return reject(field, messages.getMessage(messageKey, null, messageKey, locale));
	}

	/** Marks a field rejected with a message key from the bundle and its arguments. */
	public FormView rejectKey(String field, String messageKey, Object... args) {
		return reject(field, messages.getMessage(messageKey, args, messageKey, locale));
	}

	/**
	 * Marks a field rejected with a message that names the field itself (one of rows of the same inputs), so the
	 * summary shows no label before it.
	 */
	public FormView rejectKeyUnlabelled(String field, String messageKey, Object... args) {
		return reject(field, null, messages.getMessage(messageKey, args, messageKey, locale));
	}

	private FormView reject(String field, String message) {
		return reject(field, field == null ? null : messages.getMessage(labelPrefix + field, null, field, locale),
				message);
	}

	private FormView reject(String field, String label, String message) {
		if (field != null && errors.containsKey(field)) {
			return this;
		}
		if (field != null) {
			errors.put(field, message);
		}
		problems.add(new Problem(field, label, message));
		return this;
	}

	public String value(String name) {
		var given = values.get(name);
		return given == null || given.isEmpty() ? "" : given.get(0);
	}

	/** The value at {@code index} of a field given several times (rows of the same inputs), or empty. */
	public String value(String name, int index) {
		var given = values.get(name);
		return given == null || given.size() <= index || given.get(index) == null ? "" : given.get(index);
	}

	public boolean checked(String name, String option) {
		var given = values.get(name);
		return given != null && given.contains(option);
	}

	public boolean checked(String name) {
		var value = value(name);
		return "true".equals(value) || "on".equals(value);
	}

	public String error(String name) {
		return errors.get(name);
	}

	public boolean hasErrors() {
		return !problems.isEmpty();
	}

	/** The rejected fields in order, each with its label and reason, for the summary at the top of the form. */
	public List<Problem> problems() {
		return List.copyOf(problems);
	}

	/**
	 * One rejected field: its name (for the link to it), its label and why it was rejected.
	 */
	public record Problem(String field, String label, String message) {

		/** Label, colon, message: the way the summary names the field. */
		public String text() {
			return label == null ? message : label + ": " + message;
		}
	}
}

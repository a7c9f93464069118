package dk.spirekassen.shared;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.core.ResolvableType;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a failed form submit into a {@link FormView} that shows every problem at once. When a value cannot be
 * converted (letters in a number field), Spring does not construct the form record and so does not validate the
 * other fields; this binds the submit again without the fields that failed and adds the other fields' problems.
 */
@Component
public class Forms {

	private final MessageSource messages;

	private final Validator validator;

	private final ConversionService conversions;

	Forms(MessageSource messages, Validator validator, ConversionService mvcConversionService) {
		this.messages = messages;
		this.validator = validator;
		this.conversions = mvcConversionService;
	}

	/** The submitted form with all its problems, labelled by keys starting with {@code labelPrefix}. */
	public FormView submitted(HttpServletRequest request, BindingResult result, Class<?> formType, String labelPrefix,
			Locale locale) {
		return submitted(request.getParameterMap(), request.getParameterMap(), result, formType, labelPrefix, locale,
				Set.of());
	}

	/** As {@link #submitted}, leaving out problems with the fields named in {@code ignored}. */
	public FormView submittedIgnoring(HttpServletRequest request, BindingResult result, Class<?> formType,
			String labelPrefix, Locale locale, Set<String> ignored) {
		return submitted(request.getParameterMap(), request.getParameterMap(), result, formType, labelPrefix, locale,
				ignored);
	}

	/** As {@link #submitted}, but shows none of the typed values again (for passwords). */
	public FormView submittedHidingValues(HttpServletRequest request, BindingResult result, Class<?> formType,
			String labelPrefix, Locale locale) {
		return submitted(request.getParameterMap(), Map.of(), result, formType, labelPrefix, locale, Set.of());
	}

	private FormView submitted(Map<String, String[]> parameters, Map<String, String[]> shown, BindingResult result,
			Class<?> formType, String labelPrefix, Locale locale, Set<String> ignored) {
		if (result.hasErrors() && result.getTarget() == null) {
			validateRest(parameters, result, formType);
		}
		var kept = new org.springframework.validation.BeanPropertyBindingResult(result.getTarget(),
				result.getObjectName());
		result.getGlobalErrors().forEach(kept::addError);
		result.getFieldErrors().stream().filter(e -> !ignored.contains(e.getField())).forEach(kept::addError);
		return FormView.submitted(shown, kept, messages, locale, labelPrefix);
	}

	/**
	 * Validates a form whose binding had problems only with fields the caller ignores: Spring skips validation once
	 * a value does not convert, so the other fields would otherwise pass unchecked.
	 */
	public void validateWhenOnlyIgnoredFailed(Object form, BindingResult result, Set<String> ignored) {
		if (form != null && result.hasErrors() && !hasErrorsBesides(result, ignored)) {
			validator.validate(form, result);
		}
	}

	/** Whether the submit has problems other than with the fields named in {@code ignored}. */
	public static boolean hasErrorsBesides(BindingResult result, Set<String> ignored) {
		return !result.getGlobalErrors().isEmpty()
				|| result.getFieldErrors().stream().anyMatch(e -> !ignored.contains(e.getField()));
	}

	private void validateRest(Map<String, String[]> parameters, BindingResult result, Class<?> formType) {
		Set<String> failed = result.getFieldErrors().stream().map(FieldError::getField).collect(Collectors.toSet());
		var binder = new WebDataBinder(null, result.getObjectName());
		binder.setTargetType(ResolvableType.forClass(formType));
		binder.setConversionService(conversions);
		binder.setValidator(validator);
		binder.construct(new DataBinder.ValueResolver() {
			@Override
			public Object resolveValue(String name, Class<?> type) {
				var given = parameters.get(name);
				if (failed.contains(name) || given == null) {
					return null;
				}
				return given.length == 1 ? given[0] : given;
			}

			@Override
			public Set<String> getNames() {
				return parameters.keySet();
			}
		});
		if (binder.getTarget() != null) {
			binder.validate();
			binder.getBindingResult()
				.getFieldErrors()
				.stream()
				.filter(error -> !failed.contains(error.getField()))
				.forEach(result::addError);
		}
	}
}

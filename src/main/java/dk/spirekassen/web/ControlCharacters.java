package dk.spirekassen.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Control characters other than tab and line breaks (NUL above all) mean nothing in any text a person sends, and
 * PostgreSQL refuses to store or even compare a NUL. They are removed from every form field and every string of a
 * JSON body before anything reads them, so such input is stored clean instead of failing.
 */
@Configuration(proxyBeanMethods = false)
class ControlCharacters {

	private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

	static String strip(String text) {
		return text == null || !CONTROL.matcher(text).find() ? text : CONTROL.matcher(text).replaceAll("");
	}

	@Bean
	Filter controlCharacterFilter() {
		return new Filter();
	}

	@Bean
	JacksonModule controlCharacterModule() {
		var module = new SimpleModule("control-characters");
		module.addDeserializer(String.class, new StringDeserializer() {
			@Override
			public String deserialize(JsonParser parser, DeserializationContext context) {
				return strip(super.deserialize(parser, context));
			}
		});
		return module;
	}

	/** Gives every request parameter without control characters. */
	static final class Filter extends OncePerRequestFilter implements Ordered {

		@Override
		public int getOrder() {
			return SecurityFilterProperties.DEFAULT_FILTER_ORDER - 3;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			chain.doFilter(new Cleaned(request), response);
		}
	}

	private static final class Cleaned extends HttpServletRequestWrapper {

		private Map<String, String[]> parameters;

		Cleaned(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			var values = getParameterMap().get(name);
			return values == null || values.length == 0 ? null : values[0];
		}

		@Override
		public String[] getParameterValues(String name) {
			var values = getParameterMap().get(name);
			return values == null ? null : values.clone();
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			if (parameters == null) {
				var cleaned = new LinkedHashMap<String, String[]>();
				super.getParameterMap().forEach((name, values) -> {
					var copy = new String[values.length];
					for (int i = 0; i < values.length; i++) {
						copy[i] = strip(values[i]);
					}
					cleaned.put(strip(name), copy);
				});
				parameters = Collections.unmodifiableMap(cleaned);
			}
			return parameters;
		}

		@Override
		public java.util.Enumeration<String> getParameterNames() {
			return Collections.enumeration(getParameterMap().keySet());
		}
	}
}

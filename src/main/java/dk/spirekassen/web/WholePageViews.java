package dk.spirekassen.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.view.AbstractUrlBasedView;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteView;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;

/**
 * Pages are rendered whole before a byte is sent. The starter's view writes each piece of a template to the
 * response's writer, through Spring Session's and Spring Security's wrappers of it, thousands of small writes a page;
 * rendered into bytes first (the templates' static parts are compiled as UTF-8 bytes, {@code binaryStaticContent} in
 * the build), a page is one write of one array, with its length known (not a write per piece, as the output's own
 * {@code writeTo} does). A template that fails half-way has then sent nothing, so the
 * error page is a whole page of its own.
 */
@Configuration(proxyBeanMethods = false)
class WholePageViews {

	@Bean
	JteViewResolver jteViewResolver(TemplateEngine templateEngine, JteProperties properties) {
		return new JteViewResolver(templateEngine, properties) {

			@Override
			protected AbstractUrlBasedView instantiateView() {
				return new WholePageView(templateEngine);
			}
		};
	}

	static final class WholePageView extends JteView {

		private final TemplateEngine templateEngine;

		WholePageView(TemplateEngine templateEngine) {
			super(templateEngine);
			this.templateEngine = templateEngine;
		}

		@Override
		protected void renderMergedTemplateModel(Map<String, Object> model, HttpServletRequest request,
				HttpServletResponse response) throws Exception {
			var output = new Utf8ByteOutput();
			templateEngine.render(getUrl(), model, output);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			var page = output.toByteArray();
			response.setContentLength(page.length);
			response.getOutputStream().write(page);
		}
	}
}

package dk.spirekassen;

import com.deque.html.axecore.results.Rule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check every browser test runs ({@link Axe}) finds what it must: an image without a text, a field without a
 * label and text too faint to read, and nothing on a page without them.
 */
class AxeBrowserTests {

	@Test
	void findsTheViolationsOfAPageAndNoneOnAGoodOne() {
		try (var context = Chromium.context()) {
			var page = context.newPage();
			page.setContent("""
					<!doctype html><html lang="da"><head><title>Forkert</title></head><body><main>
					<h1>Forkert</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
					<input type="text" name="navn"><p style="color:#bbb;background:#fff">Lys tekst</p>
					</main></body></html>""");
			assertThat(Axe.violations(page)).extracting(Rule::getId)
				.contains("image-alt", "label", "color-contrast");

			page.setContent("""
					<!doctype html><html lang="da"><head><title>Rigtig</title></head><body><main>
					<h1>Rigtig</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Et billede">
					<label for="navn">Navn</label><input id="navn" type="text" name="navn"><p>Mørk tekst</p>
					</main></body></html>""");
			assertThat(Axe.violations(page)).isEmpty();
		}
	}
}

package dk.spirekassen;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Debian's Chromium driven by Playwright, with no browser download. One browser for the whole test run. Without
 * Chromium the browser tests are skipped, unless {@code -Dbrowser.required=true} (as CI sets) makes that a failure.
 */
public final class Chromium {

	private static final Path EXECUTABLE = Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));

	private static Playwright playwright;

	private static Browser browser;

	private Chromium() {
	}

	public static synchronized Browser browser() {
		if (browser == null) {
			boolean required = Boolean.getBoolean("browser.required");
			if (!Files.isExecutable(EXECUTABLE)) {
				if (required) {
					throw new IllegalStateException("Chromium is required but missing at " + EXECUTABLE);
				}
				Assumptions.abort("Chromium is not installed at " + EXECUTABLE + " (apt-get install chromium)");
			}
			playwright = Playwright.create();
			browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
					.setHeadless(true)
					.setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
							"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				browser.close();
				playwright.close();
			}));
		}
		return browser;
	}

	/** A fresh browser context (its own cookies) speaking Danish, as most users do. */
	public static BrowserContext context() {
		return browser().newContext(new Browser.NewContextOptions().setLocale("da-DK"));
	}

	/** Signs in through the login form. */
	public static void signIn(Page page, String baseUrl, String email) {
		page.navigate(baseUrl + "/login");
		page.getByLabel("E-mailadresse").fill(email);
		page.getByLabel("Adgangskode").fill("spirekasse-demo");
		page.locator("main button[type=submit]").click();
		page.waitForURL(url -> !url.contains("/login"));
	}

	/** The form control with this label, ignoring the required-field star and surrounding spaces. */
	public static Locator labelled(Page page, String label) {
		return page.getByLabel(java.util.regex.Pattern.compile("^\\s*"
				+ label.replaceAll("([()\\[\\]{}.*+?^$|\\\\])", "\\\\$1") + "( \\*)?\\s*$"));
	}

	/**
	 * The elements and text drawn past either edge of the screen. Edges are compared with {@code screen.width},
	 * since a phone's layout viewport widens to fit what is too wide. What lies in a box that scrolls sideways by
	 * itself (a wide table's wrapper) and fits the screen is scrolled to, not cut off, and is left out.
	 */
	public static List<String> beyondTheScreen(Page page) {
		return beyond(page, false);
	}

	/**
	 * As {@link #beyondTheScreen}, but what lies past the edge inside a box that scrolls sideways counts too: nothing
	 * on the page, not a table's last column nor its buttons, needs scrolling sideways to be seen.
	 */
	public static List<String> beyondTheScreenEvenInScrollingBoxes(Page page) {
		return beyond(page, true);
	}

	@SuppressWarnings("unchecked")
	private static List<String> beyond(Page page, boolean scrolledCounts) {
		return (List<String>) page.evaluate("""
				scrolledCounts => {
				  const width = screen.width;
				  const out = [];
				  // Inside a box that scrolls sideways by itself (a wide table's wrapper) and fits the screen.
				  const inScroller = el => {
				    if (scrolledCounts) return false;
				    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
				      const x = getComputedStyle(a).overflowX;
				      if (x === 'auto' || x === 'scroll') {
				        const r = a.getBoundingClientRect();
				        return r.left >= -0.5 && r.right <= width + 0.5;
				      }
				    }
				    return false;
				  };
				  for (const el of document.body.querySelectorAll('*')) {
				    const style = getComputedStyle(el);
				    if (style.display === 'none' || style.visibility === 'hidden') continue;
				    if (el.closest('.visually-hidden, .skip-link')) continue;
				    if (inScroller(el)) continue;
				    const r = el.getBoundingClientRect();
				    if (r.width === 0 || r.height === 0) continue;
				    if (r.right > width + 0.5 || r.left < -0.5) {
				      out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
				        + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().replace(/\\s+/g, '.') : '')
				        + ' [' + Math.round(r.left) + ', ' + Math.round(r.right) + ']');
				    }
				  }
				  const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
				  for (let node = texts.nextNode(); node; node = texts.nextNode()) {
				    if (!node.textContent.trim() || node.parentElement.closest('.visually-hidden, .skip-link')
				        || inScroller(node.parentElement) || getComputedStyle(node.parentElement).display === 'none') continue;
				    const range = document.createRange();
				    range.selectNodeContents(node);
				    const r = range.getBoundingClientRect();
				    if (r.width > 0 && (r.right > width + 0.5 || r.left < -0.5)) {
				      out.push('text "' + node.textContent.trim().slice(0, 40) + '" [' + Math.round(r.left) + ', '
				        + Math.round(r.right) + ']');
				    }
				  }
				  return out;
				}
				""", scrolledCounts);
	}

	/** The visitors of one test, each in a browser context of their own; {@link #close()} closes them all. */
	public static final class Visitors implements AutoCloseable {

		private final List<BrowserContext> contexts = new ArrayList<>();

		/** A new visitor's page, signed in as {@code email}, or anonymous when it is {@code null}. */
		public Page as(String baseUrl, String email) {
			var context = context();
			contexts.add(context);
			var page = context.newPage();
			if (email != null) {
				signIn(page, baseUrl, email);
			}
			return page;
		}

		@Override
		public void close() {
			contexts.forEach(BrowserContext::close);
			contexts.clear();
		}
	}
}

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

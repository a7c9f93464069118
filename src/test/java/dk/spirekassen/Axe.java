package dk.spirekassen;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

import java.util.List;

/**
 * axe-core's check of a page for WCAG 2.1 A and AA, as every browser test runs it. Only the violations are gathered
 * in detail (axe's {@code resultTypes}), and axe runs in the page itself (legacy mode; the pages have no frames),
 * not in a second page that Playwright opens for every check to merge the frames' results: the accessibility scan of
 * every page of the route table took about a third of the time it does with the defaults (docs/BENCHMARKS.md,
 * "The CI run").
 */
public final class Axe {

	/** The rules of WCAG 2.1 A and AA. */
	public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private Axe() {
	}

	/** The rules of WCAG 2.1 AA that the page breaks, each with the elements that break it. */
	public static List<Rule> violations(Page page) {
		var options = new AxeRunOptions();
		options.setResultTypes(List.of("violations"));
		return new AxeBuilder(page).options(options)
			.withTags(WCAG_21_AA)
			.setLegacyMode(true)
			.analyze()
			.getViolations();
	}
}

package dk.spirekassen.shared;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Turns Markdown written by users into HTML that is safe to show: CommonMark renders it with raw HTML escaped, and
 * jsoup then keeps only basic formatting, lists, links (with safe protocols, opened without a referrer) and
 * headings.
 */
public final class Markdown {

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	private static final Safelist SAFE = Safelist.basic()
		.addTags("h3", "h4", "h5", "h6")
		.addAttributes("a", "rel")
		.addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

	private Markdown() {
	}

	/** The HTML for a Markdown text; empty for {@code null}. */
	public static String toHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		var html = RENDERER.render(PARSER.parse(markdown))
			.replace("<h1>", "<h3>").replace("</h1>", "</h3>")
			.replace("<h2>", "<h4>").replace("</h2>", "</h4>");
		return Jsoup.clean(html, SAFE);
	}
}

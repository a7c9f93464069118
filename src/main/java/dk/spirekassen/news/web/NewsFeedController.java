package dk.spirekassen.news.web;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import dk.spirekassen.news.NewsManagement;
import dk.spirekassen.news.NewsViews.NewsView;

/**
 * The secretariat's public news as an Atom feed, for feed readers: the newest {@value #ENTRIES} posts, in Danish,
 * with absolute links on the public base URL.
 */
@RestController
class NewsFeedController {

	static final int ENTRIES = 20;

	private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final NewsManagement news;

	private final MessageSource messages;

	private final String baseUrl;

	NewsFeedController(NewsManagement news, MessageSource messages, @Value("${spirekassen.base-url}") String baseUrl) {
		this.news = news;
		this.messages = messages;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@GetMapping("/nyheder.atom")
	ResponseEntity<String> feed() throws FeedException {
		var posts = news.feed(ENTRIES);
		var feed = new SyndFeedImpl();
		feed.setFeedType("atom_1.0");
		feed.setTitle(messages.getMessage("news.feed.title", null, Locale.ROOT));
		feed.setDescription(messages.getMessage("news.feed.description", null, Locale.ROOT));
		feed.setLanguage("da");
		feed.setUri(baseUrl + "/nyheder");
		feed.setLink(baseUrl + "/nyheder");
		var self = new SyndLinkImpl();
		self.setRel("self");
		self.setType("application/atom+xml");
		self.setHref(baseUrl + "/nyheder.atom");
		var page = new SyndLinkImpl();
		page.setRel("alternate");
		page.setType("text/html");
		page.setHref(baseUrl + "/nyheder");
		feed.setLinks(List.of(page, self));
		feed.setPublishedDate(posts.isEmpty() ? new Date(0) : Date.from(updated(posts.get(0))));
		feed.setEntries(posts.stream().map(this::entry).toList());
		return ResponseEntity.ok()
			.contentType(ATOM)
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
			.body(new SyndFeedOutput().outputString(feed));
	}

	private SyndEntry entry(NewsView post) {
		var row = post.row();
		var entry = new SyndEntryImpl();
		entry.setUri(baseUrl + "/nyheder/" + row.id());
		entry.setLink(baseUrl + "/nyheder/" + row.id());
		entry.setTitle(row.title());
		entry.setAuthor(row.authorName());
		entry.setPublishedDate(Date.from(row.publishedAt()));
		entry.setUpdatedDate(Date.from(updated(post)));
		var summary = new SyndContentImpl();
		summary.setType("text");
		summary.setValue(row.excerpt());
		entry.setDescription(summary);
		var content = new SyndContentImpl();
		content.setType("html");
		content.setValue(post.bodyHtml());
		entry.setContents(List.of(content));
		return entry;
	}

	private static java.time.Instant updated(NewsView post) {
		return post.updatedAt() == null ? post.row().publishedAt() : post.updatedAt();
	}
}

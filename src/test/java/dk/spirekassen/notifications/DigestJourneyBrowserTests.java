package dk.spirekassen.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.BrowserContext;

import jakarta.mail.internet.MimeMessage;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dk.spirekassen.Chromium;
import dk.spirekassen.ProjectSamples;
import dk.spirekassen.RouteTable.Samples;
import dk.spirekassen.WithMailServer;
import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.accounts.Role;
import dk.spirekassen.mail.Deliveries;
import dk.spirekassen.news.NewsDetails;
import dk.spirekassen.news.NewsManagement;
import dk.spirekassen.news.NewsVisibility;
import dk.spirekassen.projects.ProjectManagement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The digest as a member lives it, in a browser and a real SMTP server: they follow a project and choose the daily
 * digest; the project's lead posts an update and describes its results; the digest that arrives holds both under
 * the project, newest first, and offers one-click unsubscribing (RFC 8058); one click, posted as a mail program
 * posts it, stops the next digest.
 */
class DigestJourneyBrowserTests extends WithMailServer {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	AccountManagement accounts;

	@Autowired
	NewsManagement news;

	@Autowired
	ProjectManagement projects;

	@Autowired
	Digests digests;

	@Autowired
	Notes notes;

	@Autowired
	JdbcClient jdbc;

	private GreenMail smtp;

	@AfterEach
	void stopServer() {
		if (smtp != null) {
			smtp.stop();
		}
	}

	@Test
	void aFollowerGetsBothNewsInOneDigestAndOneClickStopsTheNext() throws Exception {
		var samples = new Samples(context);
		ProjectSamples project = samples.projects;
		var email = "foelger-" + System.nanoTime() + "@example.dk";
		long reader = accounts.createAccount(email, "Frida Følger", "spirekasse-demo", Role.MEMBER,
				samples.organisation, null);

		try (BrowserContext browser = Chromium.context()) {
			var page = browser.newPage();
			Chromium.signIn(page, base(), email);
			page.navigate(base() + "/projekter/" + project.project);
			// The sample project is an idea: following it is supporting it.
			page.locator(".follow button[type=submit]").click();
			assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new com.microsoft.playwright.Page.GetByRoleOptions().setName("Følg ikke længere")).count())
				.isEqualTo(1);

			page.navigate(base() + "/mit-overblik");
			page.getByText("Vælg hvad du får besked om").click();
			page.locator("input[name=PROJECT_ACTIVITY][value=DAILY]").check();
			page.locator("input[name=NEWS][value=OFF]").check();
			page.locator("main form button[type=submit]").click();
			assertThat(page.locator("[role=status]").textContent()).contains("gemt");
			assertThat(page.locator("input[name=PROJECT_ACTIVITY][value=DAILY]").isChecked()).isTrue();
		}

		// The lead of the project (here the owner's staff) writes; the update reaches its followers after commit.
		news.publishUpdate(project.project, new NewsDetails("Spaden er i jorden", "Vi er gået i gang med haven.",
				NewsVisibility.PUBLIC, null, null, false), project.member);
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> notes.newest(reader).stream().anyMatch(n -> n.kind() == NotificationKind.UPDATE_POSTED));
		Thread.sleep(5);
		projects.recordResults(project.project, "Haven giver 40 beboere et sted at mødes " + System.nanoTime(),
				"Start med dem, der allerede dyrker noget.", project.member);

		smtp = startMailServer();
		onlyThisTestsMailsAreDue();
		var now = Instant.now();
		digests.sendDue(now);
		Deliveries.sendDue(context);

		var digest = receivedBy(email);
		assertThat(digest).singleElement().satisfies(mail -> {
			assertThat(mail.getSubject()).isEqualTo("Dagens nyt fra Spirekassen");
			assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
			assertThat(mail.getHeader("List-Unsubscribe", null)).matches("<http://localhost:8080/afmelding/[A-Za-z0-9_-]+/daglig-oversigt>");
		});
		var body = ((String) digest.get(0).getContent()).replace("\r\n", "\n");
		var title = jdbc.sql("select title from project where id = ?").param(project.project).query(String.class).single();
		assertThat(body).as("grouped under the project, newest first")
			.containsSubsequence("Projekt: " + title, "har beskrevet sine resultater", "Opdatering fra", "Spaden er i jorden");

		// One click, as a mail program sends it: no cookie, no CSRF token.
		var unsubscribe = digest.get(0).getHeader("List-Unsubscribe", null);
		var url = unsubscribe.substring(1, unsubscribe.length() - 1).replace("http://localhost:8080", base());
		var answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(200);

		news.publishUpdate(project.project, new NewsDetails("Første høst", "Kartoflerne er gravet op.",
				NewsVisibility.PUBLIC, null, null, false), project.member);
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> notes.newest(reader).stream().anyMatch(n -> "Første høst".equals(n.detail())));
		digests.sendDue(now.plus(Duration.ofHours(27)));
		Deliveries.sendDue(context);
		assertThat(receivedBy(email)).as("no digest after unsubscribing").hasSize(1);
		assertThat(notes.newest(reader)).as("the note is still on the site").anyMatch(n -> "Første høst".equals(n.detail()));
	}

	private String base() {
		return "http://localhost:" + port;
	}

	/** Other tests leave their emails pending (without an SMTP server); they wait while this one sends. */
	private void onlyThisTestsMailsAreDue() {
		jdbc.sql("update outgoing_mail set next_attempt_at = ? where status = 'PENDING' and subject <> ?")
			.params(Timestamp.from(Instant.now().plus(Duration.ofDays(1))), "Dagens nyt fra Spirekassen")
			.update();
	}

	private List<MimeMessage> receivedBy(String recipient) {
		return receivedBy(smtp, recipient);
	}
}

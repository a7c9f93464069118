package dk.spirekassen.news;

import com.rometools.rome.io.SyndFeedInput;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dk.spirekassen.NewsSamples;
import dk.spirekassen.ProjectSamples;
import dk.spirekassen.RouteTable.Samples;
import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.SqlStatements;
import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.projects.ProjectManagement;
import dk.spirekassen.projects.ProjectRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * News and project updates: who reads which (public, members, an update only where its project is seen), who
 * writes them, text rendered safely, images checked by their content, the project page's list and the Atom feed
 * read back by a feed library.
 */
@SpirekassenTest
class NewsIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	NewsManagement news;

	@Autowired
	ProjectManagement projects;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MockMvc mvc;

	@Value("${spirekassen.base-url}")
	String baseUrl;

	private ProjectSamples samples;

	private NewsSamples newsSamples;

	@BeforeEach
	void samples() {
		var all = new Samples(context);
		samples = all.projects;
		newsSamples = all.news;
	}

	@Test
	void membersNewsIsReadByTheSecretariatAndMembersOnly() throws Exception {
		long id = newsSamples.freshNews(NewsVisibility.MEMBERS);
		assertThat(status(get("/nyheder/" + id), null)).isEqualTo(404);
		assertThat(status(get("/nyheder/" + id), "partner@spirekassen.dk")).isEqualTo(404);
		assertThat(status(get("/nyheder/" + id), "medlem@spirekassen.dk")).isEqualTo(200);
		assertThat(status(get("/nyheder/" + id), "sekretariat@spirekassen.dk")).isEqualTo(200);
		assertThat(newsLinks(null)).doesNotContain("/nyheder/" + id);
		assertThat(newsLinks("partner@spirekassen.dk")).doesNotContain("/nyheder/" + id);
		assertThat(newsLinks("medlem@spirekassen.dk")).contains("/nyheder/" + id);
	}

	@Test
	void anUpdateIsNeverReadBySomeoneWhoMayNotSeeItsProject() throws Exception {
		long update = news.publishUpdate(samples.membersProject,
				new NewsDetails("Offentlig opdatering på et lukket projekt", "Tekst.", NewsVisibility.PUBLIC, null,
						null, false),
				samples.secretariat);
		assertThat(status(get("/nyheder/" + update), null)).isEqualTo(404);
		assertThat(status(get("/nyheder/" + update), "partner@spirekassen.dk")).isEqualTo(404);
		assertThat(status(get("/nyheder/" + update), "medlem@spirekassen.dk")).isEqualTo(200);
	}

	@Test
	void aMembersUpdateIsReadByThePartnersThatTakePartInTheProject() throws Exception {
		long project = samples.freshIdea(samples.organisation);
		long update = news.publishUpdate(project, new NewsDetails("Kun for medlemmer og deltagere", "Tekst.",
				NewsVisibility.MEMBERS, null, null, false), samples.secretariat);
		assertThat(status(get("/nyheder/" + update), "partner@spirekassen.dk")).isEqualTo(404);
		assertThat(projectPage(project, "partner@spirekassen.dk").select("a[href=/nyheder/" + update + "]")).isEmpty();
		projects.addParticipant(project, ProjectRole.PARTICIPANT, null, samples.partner.partnerId(), null,
				samples.secretariat);
		assertThat(status(get("/nyheder/" + update), "partner@spirekassen.dk")).isEqualTo(200);
		assertThat(projectPage(project, "partner@spirekassen.dk").select("a[href=/nyheder/" + update + "]"))
			.hasSize(1);
	}

	@Test
	void theLeadWritesAnUpdateFromTheProjectPageAndAPartnerMayNot() throws Exception {
		var page = projectPage(samples.project, "medlem@spirekassen.dk");
		assertThat(page.select("a[href=/projekter/" + samples.project + "/opdateringer/ny]")).hasSize(1);
		assertThat(projectPage(samples.project, "partner@spirekassen.dk")
			.select("a[href=/projekter/" + samples.project + "/opdateringer/ny]")).isEmpty();
		assertThat(status(get("/projekter/" + samples.project + "/opdateringer/ny"), "partner@spirekassen.dk"))
			.isEqualTo(403);

		var response = mvc.perform(multipart("/projekter/" + samples.project + "/opdateringer")
			.param("title", "Første spadestik er taget")
			.param("body", "Vi er **i gang**.")
			.param("visibility", "PUBLIC")
			.with(csrf())
			.with(user(login("medlem@spirekassen.dk")))).andReturn().getResponse();
		assertThat(response.getStatus()).as(problems(response)).isEqualTo(302);
		var location = response.getRedirectedUrl();
		assertThat(location).matches("/nyheder/\\d+\\?gemt");
		var post = Jsoup.parse(html(get(location.substring(0, location.indexOf('?'))), null));
		assertThat(post.select("h1").text()).isEqualTo("Første spadestik er taget");
		assertThat(post.select(".markdown strong").text()).isEqualTo("i gang");
		assertThat(post.select(".breadcrumb a").attr("href")).startsWith("/projekter/" + samples.project);
		assertThat(projectPage(samples.project, null).select("#opdateringer a").eachText())
			.contains("Første spadestik er taget");
	}

	@Test
	void theFrontPageAndAProjectPageReadTheNewestPostsWithoutCountingThemAll() throws Exception {
		SqlStatements.record();
		try {
			mvc.perform(get("/"));
			mvc.perform(get("/projekter/" + samples.project));
			assertThat(SqlStatements.recorded()).filteredOn(sql -> sql.contains("news_post"))
				.hasSizeGreaterThanOrEqualTo(2)
				.noneMatch(sql -> sql.toLowerCase(java.util.Locale.ROOT).contains("count("));
		}
		finally {
			SqlStatements.stop();
		}
	}

	@Test
	void theExcerptIsWorkedOutWhenAPostIsWrittenAndListedAsWritten() throws Exception {
		var long_ = "Ord ".repeat(100);
		long id = news.publish(new NewsDetails("Uddrag", "**Fed** start. " + long_, NewsVisibility.PUBLIC, null, null,
				false), samples.secretariat);
		var kept = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
			.sql("select excerpt from news_post where id = ?")
			.param(id)
			.query(String.class)
			.single();
		assertThat(kept).startsWith("Fed start. Ord").endsWith(" …").hasSizeLessThanOrEqualTo(NewsPost.EXCERPT + 2);
		assertThat(Jsoup.parse(html(get("/nyheder"), null)).text()).contains(kept);
	}

	@Test
	void textIsRenderedWithoutScriptsOrDangerousLinks() throws Exception {
		long id = news.publish(new NewsDetails("Sikker tekst",
				"<script>alert(1)</script> [klik](javascript:alert(2)) <img src=x onerror=alert(3)>",
				NewsVisibility.PUBLIC, null, null, false), samples.secretariat);
		var page = Jsoup.parse(html(get("/nyheder/" + id), null));
		var body = page.selectFirst(".markdown");
		assertThat(body.select("script, img, [onerror]")).isEmpty();
		assertThat(body.select("a").eachAttr("href")).noneMatch(href -> href.startsWith("javascript"));
		assertThat(body.text()).contains("<script>alert(1)</script>");
	}

	@Test
	void anImageIsCheckedByItsContentAndServedWithItsOwnType() throws Exception {
		var fake = new MockMultipartFile("image", "billede.png", "image/png",
				"ikke et billede".getBytes(StandardCharsets.UTF_8));
		var refused = Jsoup.parse(mvc.perform(secretariatPost(fake).param("imageAlt", "Et billede"))
			.andReturn().getResponse().getContentAsString());
		assertThat(refused.select("#f-image-error").text()).contains("PNG, JPEG, GIF eller WebP");
		assertThat(refused.select("#f-title").val()).isEqualTo("Nyhed med billede");

		var tooLarge = new byte[NewsManagement.MAX_IMAGE_BYTES + 1];
		System.arraycopy(NewsSamples.png(), 0, tooLarge, 0, NewsSamples.png().length);
		refused = Jsoup.parse(mvc.perform(secretariatPost(new MockMultipartFile("image", "stor.png", "image/png",
				tooLarge)).param("imageAlt", "Stort")).andReturn().getResponse().getContentAsString());
		assertThat(refused.select("#f-image-error").text()).contains("for stort");

		var png = new MockMultipartFile("image", "billede.txt", "text/plain", NewsSamples.png());
		refused = Jsoup.parse(mvc.perform(secretariatPost(png)).andReturn().getResponse().getContentAsString());
		assertThat(refused.select("#f-imageAlt-error").text()).contains("Beskriv billedet");

		var saved = mvc.perform(secretariatPost(png).param("imageAlt", "Et grønt felt")).andReturn().getResponse();
		assertThat(saved.getStatus()).as(problems(saved)).isEqualTo(302);
		var path = saved.getRedirectedUrl().substring(0, saved.getRedirectedUrl().indexOf('?'));
		var image = mvc.perform(get(path + "/billede")).andReturn().getResponse();
		assertThat(image.getContentType()).isEqualTo("image/png");
		assertThat(image.getContentAsByteArray()).isEqualTo(NewsSamples.png());
		assertThat(Jsoup.parse(html(get(path), null)).select("img.news-image").attr("alt")).isEqualTo("Et grønt felt");
	}

	@Test
	void theAtomFeedHoldsThePublicNewsNewestFirstWithAbsoluteLinks() throws Exception {
		long older = newsSamples.freshNews(NewsVisibility.PUBLIC);
		long members = newsSamples.freshNews(NewsVisibility.MEMBERS);
		long newer = newsSamples.freshNews(NewsVisibility.PUBLIC);
		var response = mvc.perform(get("/nyheder.atom")).andReturn().getResponse();
		assertThat(response.getContentType()).startsWith("application/atom+xml");
		var feed = new SyndFeedInput().build(new StringReader(response.getContentAsString(StandardCharsets.UTF_8)));
		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		var links = feed.getEntries().stream().map(e -> e.getLink()).toList();
		assertThat(links).contains(baseUrl + "/nyheder/" + older, baseUrl + "/nyheder/" + newer)
			.doesNotContain(baseUrl + "/nyheder/" + members);
		assertThat(links.indexOf(baseUrl + "/nyheder/" + newer)).isLessThan(links.indexOf(baseUrl + "/nyheder/" + older));
		assertThat(feed.getEntries().get(0).getContents().get(0).getValue()).contains("<strong>fed</strong>");
		assertThat(Jsoup.parse(html(get("/nyheder"), null)).select("link[rel=alternate][type=application/atom+xml]")
			.attr("href")).isEqualTo("/nyheder.atom");
	}

	@Test
	void theSecretariatEditsAndRemovesNewsAndOthersMayNot() throws Exception {
		long id = newsSamples.freshNews(NewsVisibility.PUBLIC);
		assertThat(status(get("/nyheder/" + id + "/rediger"), "medlem@spirekassen.dk")).isEqualTo(403);
		assertThat(html(get("/nyheder/" + id + "/rediger"), "sekretariat@spirekassen.dk"))
			.as("news is not told apart as an update").contains("Offentlige nyheder kan alle læse")
			.doesNotContain("En opdatering læses kun af dem");
		var edited = mvc.perform(multipart("/nyheder/" + id)
			.param("title", "Ny overskrift")
			.param("body", "Ny tekst.")
			.param("visibility", "MEMBERS")
			.with(csrf())
			.with(user(login("sekretariat@spirekassen.dk")))).andReturn().getResponse();
		assertThat(edited.getStatus()).as(problems(edited)).isEqualTo(302);
		assertThat(status(get("/nyheder/" + id), null)).isEqualTo(404);
		assertThat(Jsoup.parse(html(get("/nyheder/" + id), "medlem@spirekassen.dk")).select("h1").text())
			.isEqualTo("Ny overskrift");
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/nyheder/" + id + "/slet")
			.with(csrf()).with(user(login("sekretariat@spirekassen.dk"))));
		assertThat(status(get("/nyheder/" + id), "sekretariat@spirekassen.dk")).isEqualTo(404);
	}

	private MockMultipartHttpServletRequestBuilder secretariatPost(MockMultipartFile image) {
		return multipart("/nyheder").file(image)
			.param("title", "Nyhed med billede")
			.param("body", "Se billedet.")
			.param("visibility", "PUBLIC")
			.with(csrf())
			.with(user(login("sekretariat@spirekassen.dk")));
	}

	private static String problems(org.springframework.mock.web.MockHttpServletResponse response) throws Exception {
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8)).select(".error-summary").text();
	}

	private List<String> newsLinks(String email) throws Exception {
		return Jsoup.parse(html(get("/nyheder"), email)).select(".news-list h2 a").eachAttr("href");
	}

	private Document projectPage(long id, String email) throws Exception {
		return Jsoup.parse(html(get("/projekter/" + id), email));
	}

	private String html(MockHttpServletRequestBuilder request, String email) throws Exception {
		var response = mvc.perform(email == null ? request : request.with(user(login(email)))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private int status(MockHttpServletRequestBuilder request, String email) throws Exception {
		return mvc.perform(email == null ? request : request.with(user(login(email)))).andReturn().getResponse()
			.getStatus();
	}

	private UserDetails login(String email) {
		return accounts.loadUserByUsername(email);
	}
}

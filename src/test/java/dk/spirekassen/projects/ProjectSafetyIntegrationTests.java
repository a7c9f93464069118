package dk.spirekassen.projects;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import dk.spirekassen.ProjectSamples;
import dk.spirekassen.RouteTable.Samples;
import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.accounts.AccountManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Stored script in every text field of a project comes out escaped or sanitised, and the toolbox accepts files by
 * their content, cleans their names and serves them only to those allowed.
 */
@SpirekassenTest
class ProjectSafetyIntegrationTests {

	private static final String XSS = "<script>alert('x')</script><img src=x onerror=alert(1)>";

	@Autowired
	ApplicationContext context;

	@Autowired
	ProjectManagement projects;

	@Autowired
	ProjectCatalogue catalogue;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MockMvc mvc;

	private ProjectSamples samples;

	private long organisation;

	@BeforeEach
	void samples() {
		var directory = new Samples(context);
		samples = directory.projects;
		organisation = directory.organisation;
	}

	@Test
	void scriptInEveryTextFieldIsEscapedOrSanitised() throws Exception {
		var secretariat = samples.secretariat;
		long id = projects.propose(new ProjectDetails("Titel " + XSS, "Resumé " + XSS,
				"Beskrivelse " + XSS + "\n\n[klik](javascript:alert(3)) <a href=\"javascript:alert(4)\">link</a>",
				Visibility.PUBLIC, organisation, 1_000_000L, Set.of(), Set.of(), Set.of()), secretariat);
		projects.addParticipant(id, ProjectRole.LEAD, null, null, samples.member.accountId(), secretariat);
		long need = projects.addNeed(id, new NeedDetails(NeedKind.KNOWLEDGE, null, null, "Behov " + XSS), secretariat);
		projects.offer(id, need, "Tilbud " + XSS, samples.partner);
		projects.addFunding(id, new FundingDetails(null, "Fond " + XSS, FundingStatus.APPLIED, 10, null, null),
				secretariat);
		long indicator = projects.addIndicator(id, new IndicatorDetails(BottomLine.SOCIAL, "Indikator " + XSS,
				"enhed " + XSS, BigDecimal.ONE, LocalDate.of(2024, 1, 1), BigDecimal.TEN, LocalDate.of(2026, 1, 1),
				Set.of()), secretariat);
		projects.measure(id, indicator, LocalDate.of(2025, 1, 1), new BigDecimal("2"), "Note " + XSS, secretariat);
		projects.recordResults(id, "Resultat " + XSS, "Læring " + XSS, secretariat);
		projects.addFile(id, "Fil " + XSS, XSS + ".csv", "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8), true,
				secretariat);
		projects.move(id, Stage.PROJECT_GROUP, "Kommentar " + XSS, secretariat);

		var pages = new String[] { "/projekter/" + id, "/projekter?q=Titel", "/behov?q=Titel", "/mit-overblik",
				"/projekter/" + id + "/rediger", "/projekter/" + id + "/resultater" };
		var lead = accounts.loadUserByUsername("medlem@spirekassen.dk");
		for (var path : pages) {
			var html = mvc.perform(get(path).with(user(lead))).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			var document = org.jsoup.Jsoup.parse(html);
			assertThat(document.select("script").stream().map(e -> e.data())).as(path).noneMatch(s -> s.contains("alert"));
			assertThat(document.select("[onerror], img[src=x], a[href^=javascript], [href*=alert]")).as(path).isEmpty();
			assertThat(html).as(path).doesNotContain("<script>alert").doesNotContain("<img src=x");
		}
		var page = mvc.perform(get("/projekter/" + id).with(user(lead))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		for (var label : new String[] { "Titel ", "Resumé ", "Beskrivelse ", "Behov ", "Tilbud ", "Fond ",
				"Indikator ", "enhed ", "Note ", "Resultat ", "Læring ", "Fil ", "Kommentar " }) {
			assertThat(page).as(label).contains(label + "&lt;script&gt;");
		}
	}

	@Test
	void acceptsToolboxFilesByContentAndCleansTheirNames() throws Exception {
		long id = samples.project;
		var lead = accounts.loadUserByUsername("medlem@spirekassen.dk");
		assertThat(upload(id, "rapport.pdf", "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(
				StandardCharsets.ISO_8859_1))).isEqualTo("application/pdf");
		assertThat(upload(id, "skema.docx", docx())).isEqualTo(
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(upload(id, "ark.xlsx", xlsx())).isEqualTo(
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(upload(id, "data.csv", "navn;antal\nA;1\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("text/csv");
		assertThat(upload(id, "foto.png", png())).isEqualTo("image/png");

		assertThatThrownBy(() -> projects.addFile(id, null, "program.pdf", windowsProgram(), false, samples.member))
			.isInstanceOfSatisfying(ProjectRuleException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("file.error.type"));
		// A ZIP file is not an Office document because of its name.
		for (var name : new String[] { "pakke.docx", "pakke.xlsx" }) {
			assertThatThrownBy(() -> projects.addFile(id, null, name, plainZip(), false, samples.member))
				.isInstanceOfSatisfying(ProjectRuleException.class,
						ex -> assertThat(ex.messageKey()).isEqualTo("file.error.type"));
		}
		assertThatThrownBy(() -> projects.addFile(id, null, "side.pdf",
				"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), false, samples.member))
			.isInstanceOf(ProjectRuleException.class);
		assertThatThrownBy(() -> projects.addFile(id, null, "stor.csv", new byte[25 * 1024 * 1024 + 1], false,
				samples.member))
			.isInstanceOfSatisfying(ProjectRuleException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("file.error.tooLarge"));

		mvc.perform(multipart("/projekter/" + id + "/filer")
			.file(new MockMultipartFile("file", "..\\..\\windows\\<b>farlig\"navn<b>.png", "image/png", png()))
			.param("title", "Billede")
			.with(csrf())
			.with(user(lead))).andExpect(status().is3xxRedirection());
		var stored = catalogue.project(id, samples.member, Locale.ROOT)
			.files()
			.stream()
			.filter(f -> "Billede".equals(f.title()))
			.findFirst()
			.orElseThrow();
		assertThat(stored.fileName()).isEqualTo("b_farlig_navn_b_.png");
		mvc.perform(get("/projekter/" + id + "/filer/" + stored.id()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition",
					org.hamcrest.Matchers.startsWith("attachment; filename=")))
			.andExpect(content().bytes(png()));

		mvc.perform(multipart("/projekter/" + id + "/filer")
			.file(new MockMultipartFile("file", "virus.png", "image/png", windowsProgram()))
			.with(csrf())
			.with(user(lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					"Fil: Filen er ikke en PDF, DOCX, XLSX, et billede eller CSV")));
	}

	@Test
	void anUploadLargerThan25MegabytesGetsTheFormBackWithTheReason() throws Exception {
		var lead = accounts.loadUserByUsername("medlem@spirekassen.dk");
		var url = "/projekter/" + samples.project + "/filer";
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url)
			.contentType("multipart/form-data; boundary=x")
			.content(new byte[26 * 1024 * 1024 + 1])
			// A browser names the form the upload came from; the refusal goes back there.
			.header("Referer", "http://localhost" + url + "/ny")
			.with(csrf())
			.with(user(lead)))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(url + "/ny?for-stor"));
		mvc.perform(get(url + "/ny").param("for-stor", "").with(user(lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Fil: Filen er større end 25 MB")));
	}

	@Test
	void toolboxFilesFollowTheProjectsVisibilityUnlessPublicResults() throws Exception {
		mvc.perform(get("/projekter/" + samples.otherParticipantsProject + "/filer/" + samples.otherParticipantsFile))
			.andExpect(status().isNotFound());
		mvc.perform(get("/projekter/" + samples.otherParticipantsProject + "/filer/" + samples.otherParticipantsFile)
			.with(user(accounts.loadUserByUsername("medlem@spirekassen.dk")))).andExpect(status().isNotFound());
		mvc.perform(get("/projekter/" + samples.otherParticipantsProject + "/filer/"
				+ samples.otherParticipantsPublicFile)).andExpect(status().isOk());
		mvc.perform(get("/projekter/" + samples.project + "/filer/" + samples.otherParticipantsPublicFile))
			.andExpect(status().isNotFound());
	}

	private String upload(long id, String name, byte[] content) {
		long file = projects.addFile(id, name, name, content, false, samples.member);
		return catalogue.project(id, samples.member, Locale.ROOT)
			.files()
			.stream()
			.filter(f -> f.id() == file)
			.findFirst()
			.orElseThrow()
			.contentType();
	}

	private static byte[] plainZip() throws IOException {
		var bytes = new ByteArrayOutputStream();
		try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
			zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new java.util.zip.ZipEntry("noter.txt"));
			zip.write("Ikke et Office-dokument".getBytes(StandardCharsets.UTF_8));
		}
		return bytes.toByteArray();
	}

	private static byte[] docx() throws IOException {
		try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("Behovsundersøgelse");
			document.write(out);
			return out.toByteArray();
		}
	}

	private static byte[] xlsx() throws IOException {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			workbook.createSheet("Ladetider").createRow(0).createCell(0).setCellValue("Tid");
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static byte[] png() throws IOException {
		var image = new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB);
		var out = new ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private static byte[] windowsProgram() {
		var bytes = new byte[512];
		bytes[0] = 'M';
		bytes[1] = 'Z';
		bytes[60] = (byte) 0x80;
		bytes[0x80] = 'P';
		bytes[0x81] = 'E';
		return bytes;
	}
}

package dk.spirekassen.impact;

import org.apache.commons.csv.CSVFormat;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.Set;

import dk.spirekassen.ProjectSamples;
import dk.spirekassen.RouteTable.Samples;
import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.actors.Region;
import dk.spirekassen.projects.BottomLine;
import dk.spirekassen.projects.FunderKind;
import dk.spirekassen.projects.FundingDetails;
import dk.spirekassen.projects.FundingStatus;
import dk.spirekassen.projects.IndicatorDetails;
import dk.spirekassen.projects.ProjectDetails;
import dk.spirekassen.projects.ProjectFigures.Audience;
import dk.spirekassen.projects.ProjectFigures.Cut;
import dk.spirekassen.projects.ProjectManagement;
import dk.spirekassen.projects.Stage;
import dk.spirekassen.projects.Visibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The portfolio adds up what the projects of a cut achieve: per bottom line the share of measured indicators on track,
 * the sums of the catalogue's indicators from N projects (figures about people below 5 not shown), the estimated
 * social value only where the catalogue gives a value, and the money by funder; members' projects count only in the
 * members' view. Each cut here is a theme of its own, so the demo's projects stay out of it.
 */
@SpirekassenTest
class PortfolioIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ActorManagement actors;

	@Autowired
	ProjectManagement projects;

	@Autowired
	Portfolio portfolio;

	@Autowired
	JdbcClient jdbc;

	private ProjectSamples samples;

	private long organisation;

	private long theme;

	private String valued;

	private long publicProject;

	private long membersProject;

	@BeforeEach
	void twoProjectsOnATheme() {
		var all = new Samples(context);
		samples = all.projects;
		organisation = all.organisation;
		theme = actors.createTheme("Porteføljeprøve " + System.nanoTime(), null);
		valued = "proeve-vaerdi-" + System.nanoTime();
		jdbc.sql("""
				insert into indicator_definition (code, bottom_line, name_da, name_en, definition_da, definition_en,
				    unit, additive, sdg_targets, value_per_unit, value_source, value_year, position)
				values (?, 'SOCIAL', 'Prøvetimer', 'Test hours', 'Til prøve.', 'For testing.', 'timer', true, '11.3',
				    100, 'Prøvekilden', 2024, 999)""").param(valued).update();

		publicProject = project("Offentligt porteføljeprojekt", Visibility.PUBLIC, Set.of(101));
		measured(publicProject, "biodiverst-areal", 0, 1_000, 600);
		measured(publicProject, "beboere-deltager", 0, 10, 3);
		measured(publicProject, valued, 0, 50, 20);
		fund(publicProject, "Prøvefonden", FundingStatus.GRANTED, 100_000);
		fund(publicProject, "Prøvefonden", FundingStatus.APPLIED, 50_000);
		fund(publicProject, "Prøvefonden", FundingStatus.REJECTED, 70_000);

		membersProject = project("Medlemmernes porteføljeprojekt", Visibility.MEMBERS, Set.of(461));
		measured(membersProject, "biodiverst-areal", 0, 500, 100);
		measured(membersProject, "beboere-deltager", 0, 20, 4);
		fund(membersProject, "Medlemsfonden", FundingStatus.PLEDGED, 30_000);
	}

	@AfterEach
	void forgetTheValuedDefinition() {
		jdbc.sql("delete from indicator_definition where code = ?").param(valued).update();
	}

	@Test
	void addsUpWhatTheAudienceMaySeeAndSuppressesFewPeople() {
		var cut = new Cut(theme, null, null, null);
		var everyone = portfolio.view(Audience.PUBLIC, cut);
		assertThat(everyone.projects()).isEqualTo(1);
		var climate = line(everyone, BottomLine.CLIMATE);
		assertThat(climate.indicators()).isEqualTo(1);
		assertThat(climate.onTrackShare()).as("600 of 1,000 at half the time").isEqualTo(1.0);
		assertThat(sum(everyone, "biodiverst-areal")).satisfies(s -> {
			assertThat(s.achieved()).isEqualByComparingTo("600");
			assertThat(s.targeted()).isEqualByComparingTo("1000");
			assertThat(s.projects()).isEqualTo(1);
		});
		assertThat(sum(everyone, "beboere-deltager").suppressed()).as("3 residents").isTrue();
		assertThat(sum(everyone, valued).estimatedValue()).as("20 hours at 100 kr.").isEqualByComparingTo("2000");
		assertThat(everyone.estimatedValue()).isEqualByComparingTo("2000");
		assertThat(everyone.funders()).singleElement().satisfies(f -> {
			assertThat(f.funder()).isEqualTo("Prøvefonden");
			assertThat(f.granted()).isEqualTo(100_000);
			assertThat(f.applied()).as("the rejection does not count").isEqualTo(50_000);
		});

		var members = portfolio.view(Audience.MEMBERS, cut);
		assertThat(members.projects()).isEqualTo(2);
		assertThat(line(members, BottomLine.CLIMATE).onTrackShare()).as("100 of 500 at half the time is behind")
			.isEqualTo(0.5);
		assertThat(sum(members, "biodiverst-areal")).satisfies(s -> {
			assertThat(s.achieved()).isEqualByComparingTo("700");
			assertThat(s.targeted()).isEqualByComparingTo("1500");
			assertThat(s.projects()).isEqualTo(2);
		});
		assertThat(sum(members, "beboere-deltager")).satisfies(s -> {
			assertThat(s.suppressed()).as("7 residents").isFalse();
			assertThat(s.achieved()).isEqualByComparingTo("7");
		});
		assertThat(members.pledged()).isEqualTo(30_000);
		assertThat(members.granted()).isEqualTo(100_000);
	}

	@Test
	void cutsByRegionStageAndYearAndCountsAMeasurementAtOnce() {
		assertThat(portfolio.view(Audience.MEMBERS, new Cut(theme, Region.HOVEDSTADEN, null, null)).projects())
			.isEqualTo(1);
		assertThat(portfolio.view(Audience.MEMBERS, new Cut(theme, Region.NORDJYLLAND, null, null)).projects())
			.isZero();
		assertThat(portfolio.view(Audience.MEMBERS, new Cut(theme, null, Stage.IDEA, null)).projects()).isEqualTo(2);
		assertThat(portfolio.view(Audience.MEMBERS, new Cut(theme, null, Stage.RUNNING, null)).projects()).isZero();
		assertThat(portfolio.view(Audience.MEMBERS, new Cut(theme, null, null, Year.now().getValue())).projects())
			.isEqualTo(2);
		assertThat(portfolio.view(Audience.MEMBERS, new Cut(theme, null, null, 2019)).projects()).isZero();

		var cut = new Cut(theme, null, null, null);
		assertThat(sum(portfolio.view(Audience.PUBLIC, cut), "biodiverst-areal").achieved()).isEqualByComparingTo("600");
		long indicator = jdbc.sql("select id from indicator where project_id = ? and definition_code = ?")
			.params(publicProject, "biodiverst-areal")
			.query(Long.class)
			.single();
		projects.measure(publicProject, indicator, LocalDate.of(2026, 1, 1), new BigDecimal("900"), null,
				samples.secretariat);
		assertThat(sum(portfolio.view(Audience.PUBLIC, cut), "biodiverst-areal").achieved()).as("the latest counts")
			.isEqualByComparingTo("900");
	}

	@Test
	void moneyByKindOfFunderTheCoFinancedShareAndTheLeverageOfTheAssociationsOwnMoney() throws Exception {
		fund(publicProject, "Landsbyggefonden", FundingStatus.GRANTED, 60_000);
		projects.addFunding(publicProject, new FundingDetails(null, "Foreningens udviklingspulje",
				FundingStatus.GRANTED, 20_000, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1),
				FunderKind.ASSOCIATION), samples.secretariat);
		var cut = new Cut(theme, null, null, null);

		var everyone = portfolio.view(Audience.PUBLIC, cut);
		assertThat(everyone.kinds()).extracting(Portfolio.KindMoney::kind, Portfolio.KindMoney::applied,
				Portfolio.KindMoney::granted)
			.containsExactly(tuple(FunderKind.ASSOCIATION, 0L, 20_000L), tuple(FunderKind.PUBLIC, 0L, 60_000L),
					tuple(FunderKind.OTHER, 50_000L, 100_000L));
		var leverage = everyone.leverage();
		assertThat(leverage.funded()).isEqualTo(1);
		assertThat(leverage.coFinanced()).isEqualTo(1);
		assertThat(leverage.own()).isEqualTo(20_000);
		assertThat(leverage.others()).as("the application not yet decided does not count").isEqualTo(160_000);
		assertThat(leverage.ratio()).isEqualByComparingTo("8.0");

		var members = portfolio.view(Audience.MEMBERS, cut).leverage();
		assertThat(members.funded()).isEqualTo(2);
		assertThat(members.coFinancedShare()).as("the members' project has one funder").isEqualTo(0.5);
		assertThat(members.ratio()).as("a project without the association's money does not count")
			.isEqualByComparingTo("8.0");

		var page = Jsoup.parse(mvc.perform(get("/portefoelje").param("theme", String.valueOf(theme)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.getElementById("leverage").text()).contains("1 af 1 projekter", "8 kr. fra andre");
		assertThat(page.select("#funder-kinds tbody th").eachText())
			.containsExactly("Spirekassens egne midler", "Offentlige midler", "Andre");
		var records = csv("kilder");
		assertThat(records).extracting(r -> r.get(0), r -> r.get(3))
			.containsExactly(tuple("Spirekassens egne midler", "20000"), tuple("Offentlige midler", "60000"),
					tuple("Andre", "100000"));
	}

	@Test
	void eachYearShowsTheIndicatorsAsTheyStoodThenAgainstWhatTheTargetsAskedForByThen() throws Exception {
		var cut = new Cut(theme, null, null, null);
		var everyone = portfolio.view(Audience.PUBLIC, cut);
		int thisYear = Year.now().getValue();
		assertThat(everyone.trend()).as("from the baselines of 2020 to this year")
			.extracting(Portfolio.YearFigures::year)
			.containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(2020, thisYear).boxed().toList());
		assertThat(year(everyone, 2024).measured()).as("measured first on 1 January 2025").isZero();
		assertThat(year(everyone, 2024).onTrackShare()).isNull();
		assertThat(year(everyone, 2025).measured()).isEqualTo(3);
		assertThat(year(everyone, 2025).line(BottomLine.CLIMATE).onTrack()).isEqualTo(1);
		assertThat(year(everyone, 2025).lines().stream().mapToInt(Portfolio.LineFigures::indicators).sum())
			.isEqualTo(3);

		// 1,000 m² from 2020 to 2030, evenly: 499.9 by the end of 2024, 599.8 by the end of 2025.
		assertThat(sumTrend(everyone, "biodiverst-areal", 2024)).satisfies(s -> {
			assertThat(s.achieved()).isEqualByComparingTo("0");
			assertThat(s.due()).isEqualByComparingTo("499.9");
			assertThat(s.targeted()).isEqualByComparingTo("1000");
			assertThat(s.onPlan()).isFalse();
		});
		assertThat(sumTrend(everyone, "biodiverst-areal", 2025)).satisfies(s -> {
			assertThat(s.achieved()).isEqualByComparingTo("600");
			assertThat(s.due()).isEqualByComparingTo("599.8");
			assertThat(s.onPlan()).isTrue();
		});
		assertThat(sumTrend(everyone, "beboere-deltager", 2025).suppressed()).as("3 residents").isTrue();

		var members = portfolio.view(Audience.MEMBERS, cut);
		assertThat(sumTrend(members, "biodiverst-areal", 2025)).satisfies(s -> {
			assertThat(s.achieved()).isEqualByComparingTo("700");
			assertThat(s.due()).as("599.8 and 299.9").isEqualByComparingTo("899.7");
			assertThat(s.projects()).isEqualTo(2);
			assertThat(s.onPlan()).as("the members' project is behind").isFalse();
		});

		var page = Jsoup.parse(mvc.perform(get("/portefoelje").param("theme", String.valueOf(theme)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("#trend tr[data-year=2024] td[data-line=CLIMATE]").text()).isEqualTo("–");
		assertThat(page.select("#trend tr[data-year=2025] td[data-line=CLIMATE]").text().replace('\u00a0', ' '))
			.isEqualTo("1 af 1 (100 %)");
		assertThat(page.select("#trend-chart rect.bar")).hasSize(thisYear - 2020 + 1);
		assertThat(page.getElementById("trend-summary").text()).contains("2025: 1 af 3 målte indikatorer");
		assertThat(page.select("#sum-trend tr[data-definition=biodiverst-areal][data-year=2024] td").get(2).text())
			.isEqualTo("499,9 m²");

		var records = csv("summer-over-tid");
		assertThat(records).anySatisfy(r -> {
			assertThat(r.get(0)).isEqualTo("Areal omlagt til biodiversitet");
			assertThat(r.get(2)).isEqualTo("2025");
			assertThat(r.get(3)).isEqualTo("600");
			assertThat(r.get(4)).isEqualTo("599.8");
		});
		var xlsx = mvc.perform(get("/portefoelje/eksport").param("tabel", "udvikling").param("format", "xlsx")
			.param("theme", String.valueOf(theme))).andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("År");
			assertThat(sheet.getLastRowNum()).as("a row per year and bottom line")
				.isEqualTo((thisYear - 2020 + 1) * BottomLine.values().length);
		}
	}

	@Test
	void thePageShowsTheCutAndEachTableExportsAsCsvAndXlsx() throws Exception {
		var page = Jsoup.parse(mvc.perform(get("/portefoelje").param("theme", String.valueOf(theme)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.getElementById("portfolio-summary").text()).isEqualTo("1 projekt i denne afgrænsning.");
		assertThat(page.select("#sums tr[data-definition=beboere-deltager] td").first().text()).isEqualTo("< 5");
		assertThat(page.select("#sums tr[data-definition=biodiverst-areal] td").first().text()).isEqualTo("600 m²");
		assertThat(page.select("#funders tbody th").eachText()).containsExactly("Prøvefonden");
		// The chart beside the table: one bar per bottom line, the climate line's (1 of 1 on track) at full length.
		var chart = page.getElementById("lines-chart");
		assertThat(chart.attr("role")).isEqualTo("img");
		assertThat(chart.selectFirst("title").text()).isNotBlank();
		var bars = chart.select("rect.bar");
		assertThat(bars).hasSize(3);
		double full = bars.stream().mapToDouble(b -> Double.parseDouble(b.attr("width"))).max().orElseThrow();
		assertThat(full).isPositive();
		assertThat(Double.parseDouble(bars.get(BottomLine.CLIMATE.ordinal()).attr("width"))).isEqualTo(full);
		assertThat(chart.select("text").eachText().stream().map(t -> t.replace('\u00a0', ' ')))
			.contains("0 %", "50 %", "100 %");
		assertThat(page.getElementById("lines-summary").text()).contains("1 af 1 målte indikatorer på rette spor");
		assertThat(page.select("#funnel-chart rect.bar")).hasSize(6);
		assertThat(page.select("a[href^=/portefoelje/eksport]").eachAttr("href"))
			.contains("/portefoelje/eksport?tabel=summer&format=xlsx&theme=" + theme);

		var member = accounts.loadUserByUsername("medlem@spirekassen.dk");
		var membersPage = Jsoup.parse(mvc.perform(get("/portefoelje").param("theme", String.valueOf(theme))
			.with(user(member))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(membersPage.getElementById("portfolio-summary").text()).isEqualTo("2 projekter i denne afgrænsning.");

		var records = csv("summer");
		assertThat(records).anySatisfy(r -> {
			assertThat(r.get(0)).isEqualTo("Areal omlagt til biodiversitet");
			assertThat(r.get(2)).isEqualTo("600");
			assertThat(r.get(4)).isEqualTo("1");
		});
		assertThat(records).anySatisfy(r -> {
			assertThat(r.get(0)).isEqualTo("Beboere, der deltager");
			assertThat(r.get(2)).isEqualTo("<5");
		});

		var xlsx = mvc.perform(get("/portefoelje/eksport").param("tabel", "penge").param("format", "xlsx")
			.param("theme", String.valueOf(theme)).with(user(member))).andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Finansieringskilde");
			assertThat(sheet.getLastRowNum()).as("two funders in the members' view").isEqualTo(2);
			var funders = new java.util.HashMap<String, Double>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				funders.put(sheet.getRow(r).getCell(0).getStringCellValue(),
						sheet.getRow(r).getCell(3).getNumericCellValue() + sheet.getRow(r).getCell(2).getNumericCellValue());
			}
			assertThat(funders).containsEntry("Prøvefonden", 100_000.0).containsEntry("Medlemsfonden", 30_000.0);
		}
	}

	@Test
	void theFunnelOfTheDaysHeldIn2023IsTheRealCase() throws Exception {
		// The demo's four days of spring 2023: 163 participants who formed 21 project groups.
		var funnel = portfolio.view(Audience.MEMBERS, new Cut(null, null, null, 2023)).funnel();
		assertThat(funnel.days()).isEqualTo(4);
		assertThat(funnel.participants()).isEqualTo(163);
		assertThat(funnel.groups()).isEqualTo(21);
		assertThat(funnel.ideas()).isGreaterThanOrEqualTo(funnel.groups());
		long became = jdbc.sql("""
				select count(*) from project p join development_day d on d.id = p.origin_day_id
				where p.origin_group_id is not null and p.visibility in ('PUBLIC', 'MEMBERS')
				and d.starts_at >= ? and d.starts_at < ?""")
			.params(java.sql.Timestamp.valueOf("2023-01-01 00:00:00"), java.sql.Timestamp.valueOf("2024-01-01 00:00:00"))
			.query(Long.class)
			.single();
		assertThat(funnel.projects()).isEqualTo(became).isPositive().isLessThanOrEqualTo(funnel.groups());
		assertThat(funnel.running()).isBetween(funnel.completed(), funnel.projects());

		assertThat(portfolio.view(Audience.MEMBERS, new Cut(null, null, null, 2019)).funnel().days()).isZero();
		assertThat(new Portfolio.Funnel(1, 4, 0, 0, 0, 0, 0).participantsSuppressed()).isTrue();
		assertThat(new Portfolio.Funnel(1, 5, 0, 0, 0, 0, 0).participantsSuppressed()).isFalse();
		assertThat(new Portfolio.Funnel(0, 0, 0, 0, 0, 0, 0).participantsSuppressed()).isFalse();

		var csv = mvc.perform(get("/portefoelje/eksport").param("tabel", "tragt").param("year", "2023"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		var records = CSVFormat.DEFAULT.builder()
			.setDelimiter(';')
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv.substring(1)))
			.getRecords();
		assertThat(records).extracting(r -> r.get(0)).startsWith("Deltagere", "Idéer", "Projektgrupper");
		assertThat(records.get(0).get(1)).isEqualTo("163");
		assertThat(records.get(2).get(1)).isEqualTo("21");
	}

	private long project(String title, Visibility visibility, Set<Integer> municipalities) {
		return projects.propose(new ProjectDetails(title + " " + System.nanoTime(), "Til porteføljen.", null,
				visibility, organisation, null, Set.of(theme), municipalities, Set.of()), samples.secretariat);
	}

	/** An indicator measured once, at half the time from baseline (2020) to target (2030). */
	private void measured(long project, String definition, int baseline, int target, int latest) {
		long indicator = projects.addIndicator(project, new IndicatorDetails(BottomLine.SOCIAL, "Prøve " + definition,
				"x", BigDecimal.valueOf(baseline), LocalDate.of(2020, 1, 1), BigDecimal.valueOf(target),
				LocalDate.of(2030, 1, 1), Set.of(), definition), samples.secretariat);
		projects.measure(project, indicator, LocalDate.of(2025, 1, 1), BigDecimal.valueOf(latest), null,
				samples.secretariat);
	}

	private void fund(long project, String funder, FundingStatus status, long amount) {
		projects.addFunding(project, new FundingDetails(null, funder, status, amount, LocalDate.of(2025, 1, 1),
				status == FundingStatus.APPLIED ? null : LocalDate.of(2025, 3, 1)), samples.secretariat);
	}

	private static Portfolio.LineFigures line(Portfolio.View view, BottomLine line) {
		return view.lines().stream().filter(l -> l.bottomLine() == line).findFirst().orElseThrow();
	}

	/** A table of the theme's portfolio as CSV, read by Commons CSV: its records under the header, BOM skipped. */
	private java.util.List<org.apache.commons.csv.CSVRecord> csv(String table) throws Exception {
		var csv = mvc.perform(get("/portefoelje/eksport").param("tabel", table).param("format", "csv")
			.param("theme", String.valueOf(theme))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return CSVFormat.DEFAULT.builder()
			.setDelimiter(';')
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv.substring(1)))
			.getRecords();
	}

	private static Portfolio.YearFigures year(Portfolio.View view, int year) {
		return view.trend().stream().filter(y -> y.year() == year).findFirst().orElseThrow();
	}

	private static Portfolio.SumTrend sumTrend(Portfolio.View view, String code, int year) {
		return view.sumTrend()
			.stream()
			.filter(s -> s.definition().code().equals(code) && s.year() == year)
			.findFirst()
			.orElseThrow();
	}

	private static Portfolio.Sum sum(Portfolio.View view, String code) {
		return view.sums().stream().filter(s -> s.definition().code().equals(code)).findFirst().orElseThrow();
	}
}

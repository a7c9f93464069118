package dk.spirekassen.impact.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.actors.Region;
import dk.spirekassen.impact.Portfolio;
import dk.spirekassen.projects.IndicatorDefinitions;
import dk.spirekassen.projects.ProjectFigures.Audience;
import dk.spirekassen.projects.ProjectFigures.Cut;
import dk.spirekassen.projects.Stage;
import dk.spirekassen.projects.Viewer;
import dk.spirekassen.shared.NotFoundException;
import dk.spirekassen.shared.Option;
import dk.spirekassen.shared.TableExport;
import dk.spirekassen.shared.Web;

/**
 * The portfolio: what all projects achieve together, cut by theme, region, stage and the year they began, each table
 * also as CSV and XLSX. Members see the members' projects too; everyone else the public ones.
 */
@Controller
class PortfolioController {

	/** The association was founded in 2007: no project began before. */
	static final int FIRST_YEAR = 2007;

	private final Portfolio portfolio;

	private final ActorManagement actors;

	private final MessageSource messages;

	PortfolioController(Portfolio portfolio, ActorManagement actors, MessageSource messages) {
		this.portfolio = portfolio;
		this.actors = actors;
		this.messages = messages;
	}

	@GetMapping("/portefoelje")
	String portfolio(@RequestParam(required = false) Long theme, @RequestParam(required = false) Region region,
			@RequestParam(required = false) Stage stage, @RequestParam(required = false) Integer year,
			Authentication authentication, Locale locale, Model model) {
		var cut = cut(theme, region, stage, year);
		var view = portfolio.view(Audience.of(Viewer.of(authentication)), cut);
		model.addAttribute("view", view);
		model.addAttribute("linesChart", linesChart(view, locale));
		model.addAttribute("funnelChart", funnelChart(view, locale));
		model.addAttribute("trendChart", trendChart(view, locale));
		model.addAttribute("themes", actors.themeOptions(locale));
		model.addAttribute("regions", Web.options(Region.class, messages, locale));
		model.addAttribute("stages", Web.options(Stage.class, messages, locale));
		model.addAttribute("years", IntStream.iterate(Year.now().getValue(), y -> y >= FIRST_YEAR, y -> y - 1)
			.mapToObj(y -> new Option(String.valueOf(y), String.valueOf(y)))
			.toList());
		model.addAttribute("query", query(cut));
		return "impact/portfolio";
	}

	/**
	 * One of the portfolio's tables ({@code tabel}: bundlinjer, summer, udvikling, summer-over-tid, tragt, penge or
	 * kilder) as CSV or XLSX.
	 */
	@GetMapping("/portefoelje/eksport")
	void export(@RequestParam String tabel, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) Long theme, @RequestParam(required = false) Region region,
			@RequestParam(required = false) Stage stage, @RequestParam(required = false) Integer year,
			Authentication authentication, Locale locale, HttpServletResponse response) throws IOException {
		var view = portfolio.view(Audience.of(Viewer.of(authentication)), cut(theme, region, stage, year));
		List<String> headers;
		Stream<List<Object>> rows;
		switch (tabel) {
			case "bundlinjer" -> {
				headers = labels(locale, "portfolio.line", "portfolio.projects", "portfolio.indicators",
						"portfolio.measured", "portfolio.onTrack", "portfolio.onTrackShare");
				rows = view.lines().stream().map(l -> Arrays.<Object>asList(label(l.bottomLine().name(), locale),
						l.projects(), l.indicators(), l.measured(), l.onTrack(),
						BigDecimal.valueOf(l.onTrackShare()).setScale(3, java.math.RoundingMode.HALF_UP)));
			}
			case "summer" -> {
				headers = labels(locale, "portfolio.indicator", "indicator.field.unit", "portfolio.achieved",
						"portfolio.targeted", "portfolio.fromProjects", "portfolio.estimatedValue");
				rows = view.sums().stream().map(s -> Arrays.<Object>asList(s.definition().name(locale),
						s.definition().unit(), s.suppressed() ? "<" + IndicatorDefinitions.SUPPRESSED_BELOW
								: plain(s.achieved()), plain(s.targeted()), s.projects(), plain(s.estimatedValue())));
			}
			case "penge" -> {
				headers = labels(locale, "portfolio.funder", "portfolio.applied", "portfolio.pledged",
						"portfolio.granted");
				rows = view.funders().stream().map(f -> Arrays.<Object>asList(f.funder(), f.applied(), f.pledged(),
						f.granted()));
			}
			case "kilder" -> {
				headers = labels(locale, "portfolio.funderKind", "portfolio.applied", "portfolio.pledged",
						"portfolio.granted");
				rows = view.kinds().stream().map(k -> Arrays.<Object>asList(label(locale, "FunderKind." + k.kind()),
						k.applied(), k.pledged(), k.granted()));
			}
			case "udvikling" -> {
				headers = labels(locale, "portfolio.trendYear", "portfolio.line", "portfolio.indicators",
						"portfolio.measured", "portfolio.onTrack", "portfolio.onTrackShare");
				rows = view.trend().stream().flatMap(y -> y.lines().stream().map(l -> Arrays.<Object>asList(
						y.year(), label(l.bottomLine().name(), locale), l.indicators(), l.measured(), l.onTrack(),
						l.measured() == 0 ? null
								: BigDecimal.valueOf(l.onTrackShare()).setScale(3, java.math.RoundingMode.HALF_UP))));
			}
			case "summer-over-tid" -> {
				headers = labels(locale, "portfolio.indicator", "indicator.field.unit", "portfolio.trendYear",
						"portfolio.achieved", "portfolio.due", "portfolio.targeted", "portfolio.fromProjects");
				rows = view.sumTrend().stream().map(s -> Arrays.<Object>asList(s.definition().name(locale),
						s.definition().unit(), s.year(), s.suppressed() ? "<" + IndicatorDefinitions.SUPPRESSED_BELOW
								: plain(s.achieved()), plain(s.due()), plain(s.targeted()), s.projects()));
			}
			case "tragt" -> {
				headers = labels(locale, "portfolio.funnelStep", "portfolio.funnelCount");
				var f = view.funnel();
				rows = Stream.of(
						Arrays.<Object>asList(label(locale, "portfolio.funnel.participants"),
								f.participantsSuppressed() ? "<" + IndicatorDefinitions.SUPPRESSED_BELOW
										: f.participants()),
						Arrays.<Object>asList(label(locale, "portfolio.funnel.ideas"), f.ideas()),
						Arrays.<Object>asList(label(locale, "portfolio.funnel.groups"), f.groups()),
						Arrays.<Object>asList(label(locale, "portfolio.funnel.projects"), f.projects()),
						Arrays.<Object>asList(label(locale, "portfolio.funnel.running"), f.running()),
						Arrays.<Object>asList(label(locale, "portfolio.funnel.completed"), f.completed()));
			}
			default -> throw new NotFoundException("table", 0);
		}
		TableExport.write(response, TableExport.format(format), "portefoelje-" + tabel, headers, rows);
	}

	/** The share of measured indicators on track per bottom line, from 0 to 100 %. */
	private BarChart linesChart(Portfolio.View view, Locale locale) {
		var percent = NumberFormat.getPercentInstance(locale);
		var rows = view.lines().stream()
			.map(l -> new BarChart.Row(label(l.bottomLine().name(), locale), l.onTrackShare(),
					l.measured() == 0 ? "–" : percent.format(l.onTrackShare())))
			.toList();
		return BarChart.of(rows, 1, percent::format);
	}

	/** The share of all measured indicators on track at the end of each year; a year without any has no bar. */
	private BarChart trendChart(Portfolio.View view, Locale locale) {
		var percent = NumberFormat.getPercentInstance(locale);
		var rows = view.trend().stream()
			.map(y -> new BarChart.Row(String.valueOf(y.year()), y.onTrackShare() == null ? 0 : y.onTrackShare(),
					y.onTrackShare() == null ? "–" : percent.format(y.onTrackShare())))
			.toList();
		return BarChart.of(rows, 1, percent::format);
	}

	/** The funnel's steps; participants below 5 have no bar, as they have no figure. */
	private BarChart funnelChart(Portfolio.View view, Locale locale) {
		var number = NumberFormat.getIntegerInstance(locale);
		var funnel = view.funnel();
		var rows = new ArrayList<BarChart.Row>();
		rows.add(new BarChart.Row(label(locale, "portfolio.funnel.participants"),
				funnel.participantsSuppressed() ? 0 : funnel.participants(),
				funnel.participantsSuppressed() ? "< " + IndicatorDefinitions.SUPPRESSED_BELOW
						: number.format(funnel.participants())));
		long[] counts = { funnel.ideas(), funnel.groups(), funnel.projects(), funnel.running(), funnel.completed() };
		String[] keys = { "ideas", "groups", "projects", "running", "completed" };
		for (int i = 0; i < keys.length; i++) {
			rows.add(new BarChart.Row(label(locale, "portfolio.funnelShort." + keys[i]), counts[i],
					number.format(counts[i])));
		}
		return BarChart.of(rows, 1, value -> number.format(Math.round(value)));
	}

	/** A figure without trailing zeros, in plain digits (600, not 600.0000 or 6E+2). */
	private static BigDecimal plain(BigDecimal value) {
		return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
	}

	private static Cut cut(Long theme, Region region, Stage stage, Integer year) {
		// A year outside the association's life has no projects: it is no cut anyone asks for.
		var inRange = year != null && year >= FIRST_YEAR && year <= Year.now().getValue() ? year : null;
		return new Cut(theme, region, stage, inRange);
	}

	/** The cut as query parameters for the export links ({@code &}-separated, without a leading one). */
	private static String query(Cut cut) {
		var parts = new ArrayList<String>();
		if (cut.themeId() != null) {
			parts.add("theme=" + cut.themeId());
		}
		if (cut.region() != null) {
			parts.add("region=" + cut.region().name());
		}
		if (cut.stage() != null) {
			parts.add("stage=" + cut.stage().name());
		}
		if (cut.year() != null) {
			parts.add("year=" + cut.year());
		}
		return String.join("&", parts);
	}

	private List<String> labels(Locale locale, String... keys) {
		return Arrays.stream(keys).map(key -> messages.getMessage(key, null, key, locale)).toList();
	}

	private String label(Locale locale, String key) {
		return messages.getMessage(key, null, key, locale);
	}

	private String label(String bottomLine, Locale locale) {
		return messages.getMessage("BottomLine." + bottomLine, null, bottomLine, locale);
	}
}

package dk.spirekassen.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;

import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.devdays.DayManagement;
import dk.spirekassen.news.NewsManagement;
import dk.spirekassen.projects.BottomLine;
import dk.spirekassen.projects.Matchmaking;
import dk.spirekassen.projects.ProjectCatalogue;
import dk.spirekassen.projects.ProjectFilter;
import dk.spirekassen.projects.Stage;
import dk.spirekassen.projects.Viewer;

/**
 * The front page: what happens in the network (the coming development days, new ideas and projects, results with
 * their toolboxes, news, the projects on each bottom line) and how to take part; signed in, also one's own
 * projects, unread notes and the needs that fit one.
 */
@Controller
class HomeController {

	/** How many of each list the front page shows. */
	static final int SHOWN = 3;

	private final ActorManagement actors;

	private final DayManagement days;

	private final ProjectCatalogue projects;

	private final NewsManagement news;

	private final Matchmaking matchmaking;

	HomeController(ActorManagement actors, DayManagement days, ProjectCatalogue projects, NewsManagement news,
			Matchmaking matchmaking) {
		this.actors = actors;
		this.days = days;
		this.projects = projects;
		this.news = news;
		this.matchmaking = matchmaking;
	}

	@GetMapping("/")
	String home(Authentication authentication, Locale locale, Model model) {
		var viewer = Viewer.of(authentication);
		model.addAttribute("coverage", actors.coverage());
		model.addAttribute("days", days.upcoming(locale, SHOWN));
		model.addAttribute("ideas", projects.newest(EnumSet.of(Stage.IDEA), false, viewer, SHOWN, locale));
		model.addAttribute("running",
				projects.newest(EnumSet.of(Stage.PROJECT_GROUP, Stage.RUNNING), false, viewer, SHOWN, locale));
		model.addAttribute("results",
				projects.newest(EnumSet.of(Stage.COMPLETED, Stage.ANCHORED), true, viewer, SHOWN, locale));
		model.addAttribute("news", news.newest(viewer, SHOWN));
		model.addAttribute("bottomLines", bottomLines(viewer, locale));
		if (viewer.signedIn()) {
			var mine = projects.myProjects(viewer, locale);
			model.addAttribute("mine", mine.shown().stream().limit(SHOWN).toList());
			model.addAttribute("mineTotal", mine.total());
			model.addAttribute("needs", matchmaking.needsFor(viewer, locale).stream().limit(SHOWN).toList());
		}
		return "web/home";
	}

	/** How many projects the viewer may see work on each bottom line. */
	private Map<BottomLine, Long> bottomLines(Viewer viewer, Locale locale) {
		var counts = new EnumMap<BottomLine, Long>(BottomLine.class);
		for (var line : BottomLine.values()) {
			counts.put(line, projects.projects(new ProjectFilter(null, null, null, null, null, line, null), viewer,
					PageRequest.of(0, 1), locale).getTotalElements());
		}
		return counts;
	}
}

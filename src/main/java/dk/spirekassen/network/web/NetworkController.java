package dk.spirekassen.network.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Locale;

import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.actors.Region;
import dk.spirekassen.network.Audience;
import dk.spirekassen.network.NetworkFilter;
import dk.spirekassen.network.NetworkManagement;
import dk.spirekassen.network.NetworkView.Sort;

/**
 * The network of organisations and partners, for anyone: of the projects (and, for the secretariat, the groups) the
 * reader may see, filtered by theme, region and period.
 */
@Controller
class NetworkController {

	/** The actors listed in the table. */
	static final int LISTED = 100;

	private static final int FIRST_YEAR = 1900;

	private static final int LAST_YEAR = 2200;

	private final NetworkManagement network;

	private final ActorManagement actors;

	NetworkController(NetworkManagement network, ActorManagement actors) {
		this.network = network;
		this.actors = actors;
	}

	@GetMapping("/netvaerk")
	String network(@RequestParam(required = false) Long theme, @RequestParam(required = false) Region region,
			@RequestParam(name = "from", required = false) Integer fromYear,
			@RequestParam(name = "to", required = false) Integer toYear,
			@RequestParam(required = false) String sort, Authentication authentication, Locale locale, Model model) {
		var filter = new NetworkFilter(theme, region, year(fromYear), year(toYear));
		var audience = Audience.of(authentication);
		var result = network.network(audience, filter);
		var order = Sort.of(sort);
		model.addAttribute("result", result);
		model.addAttribute("filter", filter);
		model.addAttribute("sort", order);
		model.addAttribute("listed", result.view().sorted(order, LISTED));
		model.addAttribute("themes", actors.themeOptions(locale));
		model.addAttribute("regions", Region.values());
		model.addAttribute("audience", audience);
		return "network/network";
	}

	private static Integer year(Integer year) {
		return year == null || year < FIRST_YEAR || year > LAST_YEAR ? null : year;
	}
}

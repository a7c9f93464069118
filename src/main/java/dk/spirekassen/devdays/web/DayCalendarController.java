package dk.spirekassen.devdays.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import dk.spirekassen.devdays.DayManagement;

/**
 * Development days for calendar programs: one day to add, or a feed of every upcoming day to subscribe to.
 */
@Controller
class DayCalendarController {

	private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar; charset=utf-8");

	private final DayManagement days;

	DayCalendarController(DayManagement days) {
		this.days = days;
	}

	@GetMapping("/udviklingsdage/{id:\\d+}/kalender.ics")
	ResponseEntity<String> day(@PathVariable long id) {
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=udviklingsdag-" + id + ".ics")
			.body(days.calendar(id));
	}

	@GetMapping("/udviklingsdage/kalender.ics")
	ResponseEntity<String> feed() {
		return ResponseEntity.ok().contentType(CALENDAR).body(days.calendarFeed());
	}
}

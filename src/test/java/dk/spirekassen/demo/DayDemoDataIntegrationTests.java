package dk.spirekassen.demo;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Month;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.actors.Region;
import dk.spirekassen.devdays.DayManagement;
import dk.spirekassen.devdays.DayViews.DayRow;
import dk.spirekassen.devdays.DayViews.RegistrationRow;
import dk.spirekassen.devdays.IdeaManagement;
import dk.spirekassen.devdays.IdeaManagement.GroupView;
import dk.spirekassen.devdays.RegistrationStatus;
import dk.spirekassen.devdays.RegistrationWindow;
import dk.spirekassen.projects.ProjectManagement;

import static dk.spirekassen.demo.DemoDays.COMMUNITIES;
import static dk.spirekassen.demo.DemoDays.FUTURE_NEEDS;
import static org.assertj.core.api.Assertions.assertThat;

@SpirekassenTest
class DayDemoDataIntegrationTests {

	private static final Locale DANISH = Locale.forLanguageTag("da");

	private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

	@Autowired
	DayManagement days;

	@Autowired
	IdeaManagement ideas;

	@Autowired
	ProjectManagement projects;

	@Test
	void holdsFourDaysInSpring2023OnTwoThemesInJutlandAndZealand() {
		var held = heldIn2023();
		assertThat(held).hasSize(4);
		assertThat(held).extracting(d -> d.startsAt().atZone(DANISH_TIME).getMonth())
			.containsOnly(Month.MARCH, Month.APRIL);
		assertThat(held).extracting(DayRow::region)
			.containsExactlyInAnyOrder(Region.MIDTJYLLAND, Region.NORDJYLLAND, Region.SJAELLAND,
					Region.HOVEDSTADEN);
		assertThat(held).extracting(DayRow::theme).containsOnly(COMMUNITIES, FUTURE_NEEDS);
		assertThat(held).allSatisfy(d -> {
			assertThat(d.capacity()).isBetween(40, 60);
			assertThat(d.window()).isEqualTo(RegistrationWindow.PAST);
			assertThat(days.day(d.id(), DANISH).programme()).hasSizeGreaterThanOrEqualTo(5);
		});
	}

	@Test
	void theDaysOf2023Had163ParticipantsFromTheSectorAndOutside() {
		var confirmed = heldIn2023().stream()
			.flatMap(d -> days.registrations(d.id()).stream())
			.filter(r -> r.status() == RegistrationStatus.CONFIRMED)
			.toList();
		assertThat(confirmed).hasSize(163);
		assertThat(confirmed.stream().filter(r -> r.participantType().sector())).hasSize(78);
		assertThat(confirmed.stream().filter(r -> !r.participantType().sector())).hasSize(85);
		assertThat(confirmed.stream().map(RegistrationRow::participantType).filter(t -> !t.sector()).distinct())
			.hasSizeGreaterThanOrEqualTo(6);
	}

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void theDaysOf2023Formed21GroupsWith132MembersThatBecameProjects() {
		var groups = heldIn2023().stream().flatMap(d -> ideas.groups(d.id()).stream()).toList();
		assertThat(groups).hasSize(21);
		assertThat(groups.stream().mapToInt(g -> g.members().size()).sum()).isEqualTo(132);
		// Names may already be anonymised (the days are more than a year old), so count the people by their records.
		var distinctMembers = jdbc.sql("select count(distinct registration_id) from day_group_member where group_id in ("
				+ groups.stream().map(g -> String.valueOf(g.id())).collect(Collectors.joining(",")) + ")")
			.query(Long.class)
			.single();
		assertThat(distinctMembers).as("a person is in one group").isEqualTo(132);
		assertThat(groups).allSatisfy(g -> assertThat(g.ideas()).hasSizeBetween(1, 2));
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(groups.stream().map(GroupView::id))
				.allMatch(id -> projects.projectOfGroup(id).isPresent()));
	}

	@Test
	void upcomingDaysAreOpenAndOneIsFullWithAWaitlist() {
		var upcoming = days.upcoming(DANISH)
			.stream()
			.filter(d -> COMMUNITIES.equals(d.theme()) || FUTURE_NEEDS.equals(d.theme()))
			.toList();
		assertThat(upcoming).hasSizeGreaterThanOrEqualTo(2)
			.allMatch(d -> d.window() == RegistrationWindow.OPEN);
		var full = upcoming.stream().filter(d -> d.confirmed() == d.capacity() && d.waitlisted() > 0).toList();
		assertThat(full).hasSize(1);
		assertThat(full.get(0).capacity()).isEqualTo(40);
		assertThat(full.get(0).waitlisted()).isEqualTo(6);
		assertThat(days.registrations(full.get(0).id())).extracting(RegistrationRow::email)
			.doesNotContain("medlem@spirekassen.dk", "partner@spirekassen.dk");
	}

	private List<DayRow> heldIn2023() {
		return days.past(DANISH).stream().filter(d -> d.startsAt().atZone(DANISH_TIME).getYear() == 2023).toList();
	}
}

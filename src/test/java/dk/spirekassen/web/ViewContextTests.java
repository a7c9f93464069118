package dk.spirekassen.web;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;

import java.time.Instant;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ViewContextTests {

	private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/organisationer");

	private final ViewContext danish = new ViewContext(new StaticMessageSource(), Locale.forLanguageTag("da-DK"),
			request, null);

	@Test
	void linksOnlyToWebAddresses() {
		assertThat(danish.safeUrl("https://www.eksempel.dk")).isEqualTo("https://www.eksempel.dk");
		assertThat(danish.safeUrl("javascript:alert(1)")).isNull();
		assertThat(danish.safeUrl("JaVaScRiPt:alert(1)")).isNull();
		assertThat(danish.safeUrl(null)).isNull();
	}

	@Test
	void keepsOtherFiltersWhenChangingOneParameter() {
		request.setQueryString("region=NORDJYLLAND&page=3&q=b%C3%B8");
		assertThat(danish.withParam("page", 4)).contains("region=NORDJYLLAND").contains("page=4").doesNotContain("page=3");
		assertThat(danish.otherLanguageUrl()).contains("lang=en").contains("region=NORDJYLLAND");
	}

	@Test
	void formatsNumbersTheDanishWay() {
		assertThat(danish.number(492_000)).isEqualTo("492.000");
		assertThat(danish.percent(0.82)).isEqualTo("82\u00a0%");
		assertThat(danish.lang()).isEqualTo("da");
	}

	@Test
	void givesTimeElementsAnInstantInUtcToTheSecond() {
		var instant = Instant.parse("2026-12-19T12:51:13.404183Z");
		assertThat(danish.machineDateTime(instant)).isEqualTo("2026-12-19T12:51:13Z");
		assertThat(danish.machineDateTime(Instant.parse("2026-12-19T12:00:00Z"))).isEqualTo("2026-12-19T12:00:00Z");
		assertThat(danish.machineDateTime(null)).isNull();
	}

	@Test
	void formatsDatesAsTheLanguagesLocalizedFormatsDo() {
		var instant = Instant.parse("2026-12-19T12:51:13Z");
		var day = java.time.LocalDate.of(2026, 5, 4);
		assertThat(danish.dateTime(instant)).isEqualTo("19. dec. 2026 13.51.13");
		assertThat(danish.date(day)).isEqualTo("4. maj 2026");
		for (var locale : java.util.List.of(Locale.forLanguageTag("da-DK"), Locale.UK, Locale.forLanguageTag("de-DE"),
				Locale.forLanguageTag("x-ukendt"))) {
			var context = new ViewContext(new StaticMessageSource(), locale, request, null);
			for (int i = 0; i < 2; i++) {
				assertThat(context.dateTime(instant)).isEqualTo(instant.atZone(java.time.ZoneId.of("Europe/Copenhagen"))
					.format(java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM)
						.withLocale(locale)));
				assertThat(context.date(day)).isEqualTo(day.format(java.time.format.DateTimeFormatter
					.ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(locale)));
			}
		}
		assertThat(danish.dateTime(null)).isEmpty();
		assertThat(danish.date(null)).isEmpty();
	}

	@Test
	void writesADaysTimesAsDanishPeopleDoWithoutSeconds() {
		// 18 February 2027 is winter time in Denmark (UTC+1); 18 June is summer time (UTC+2).
		var nine = Instant.parse("2027-02-18T08:00:00Z");
		assertThat(danish.timeSpan(nine, Instant.parse("2027-02-18T14:00:00Z"))).isEqualTo("18. feb. 2027 kl. 9.00–15.00");
		assertThat(danish.timeSpan(nine, Instant.parse("2027-02-19T11:00:00Z")))
			.isEqualTo("18. feb. 2027 kl. 9.00 – 19. feb. 2027 kl. 12.00");
		assertThat(danish.timeSpan(Instant.parse("2027-06-18T07:30:59Z"), Instant.parse("2027-06-18T14:05:00Z")))
			.isEqualTo("18. jun. 2027 kl. 9.30–16.05");
		assertThat(danish.timeSpan(Instant.parse("2027-05-04T20:00:00Z"), Instant.parse("2027-05-04T22:30:00Z")))
			.as("ends after midnight, Danish time").isEqualTo("4. maj 2027 kl. 22.00 – 5. maj 2027 kl. 0.30");
		assertThat(danish.moment(nine)).isEqualTo("18. feb. 2027 kl. 9.00");
		assertThat(danish.timeSpan(nine, null)).isEqualTo("18. feb. 2027 kl. 9.00");
		assertThat(danish.timeSpan(java.time.LocalTime.of(9, 30), java.time.LocalTime.of(10, 0))).isEqualTo("9.30–10.00");
		assertThat(danish.timeSpan(java.time.LocalTime.of(13, 5), null)).isEqualTo("13.05");
		assertThat(danish.moment(null)).isEmpty();
		assertThat(danish.timeSpan((Instant) null, null)).isEmpty();
	}

	@Test
	void writesADaysTimesAsEnglishPeopleDoWithoutSeconds() {
		var english = new ViewContext(new StaticMessageSource(), Locale.ENGLISH, request, null);
		var nine = Instant.parse("2027-02-18T08:00:00Z");
		assertThat(english.timeSpan(nine, Instant.parse("2027-02-18T14:00:00Z"))).isEqualTo("18 Feb 2027, 9:00–15:00");
		assertThat(english.timeSpan(nine, Instant.parse("2027-02-19T11:00:00Z")))
			.isEqualTo("18 Feb 2027, 9:00 – 19 Feb 2027, 12:00");
		assertThat(english.moment(nine)).isEqualTo("18 Feb 2027, 9:00");
		assertThat(english.timeSpan(java.time.LocalTime.of(9, 30), java.time.LocalTime.of(10, 0))).isEqualTo("9:30–10:00");
		assertThat(new ViewContext(new StaticMessageSource(), Locale.UK, request, null)
			.timeSpan(nine, Instant.parse("2027-02-18T14:00:00Z"))).as("British English").isEqualTo("18 Feb 2027, 9:00–15:00");
	}

	@Test
	void knowsNobodyIsSignedInWithoutAnAuthentication() {
		assertThat(danish.signedIn()).isFalse();
		assertThat(danish.secretariat()).isFalse();
		assertThat(danish.canEditOrganisation(1)).isFalse();
	}
}

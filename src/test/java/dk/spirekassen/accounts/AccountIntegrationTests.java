package dk.spirekassen.accounts;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.UUID;
import java.util.regex.Pattern;

import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.mail.Mailer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpirekassenTest
class AccountIntegrationTests {

	private static final String PASSWORD = "en-god-adgangskode";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Mailer mailer;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void signsInWithEmailAndPassword() throws Exception {
		var email = newAccount();
		mvc.perform(post("/login").with(csrf()).with(from("10.1.0.1")).param("username", email).param("password", PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername(email));
	}

	@Test
	void refusesAWrongPasswordWithoutSayingWhichPartWasWrong() throws Exception {
		var email = newAccount();
		mvc.perform(post("/login").with(csrf()).with(from("10.1.0.2")).param("username", email).param("password", "forkert-kode"))
			.andExpect(redirectedUrl("/login?fejl"))
			.andExpect(unauthenticated());
		mvc.perform(post("/login").with(csrf()).with(from("10.1.0.2")).param("username", "ingen@findes.dk").param("password", "forkert-kode"))
			.andExpect(redirectedUrl("/login?fejl"));
	}

	@Test
	void slowsDownGuessesAtAnAccountFromOneAddressWithoutLockingOutTheOwner() throws Exception {
		var email = newAccount();
		for (int i = 0; i < 3; i++) {
			mvc.perform(post("/login").with(csrf()).with(from("10.2.0.1")).param("username", email).param("password", "forkert"))
				.andExpect(redirectedUrl("/login?fejl"));
		}
		// The fourth failure from that address makes the next try from it wait.
		mvc.perform(post("/login").with(csrf()).with(from("10.2.0.1")).param("username", email).param("password", "forkert"))
			.andExpect(redirectedUrl("/login?vent=1"));
		mvc.perform(post("/login").with(csrf()).with(from("10.2.0.1")).param("username", email).param("password", PASSWORD))
			.andExpect(redirectedUrl("/login?vent=1"))
			.andExpect(unauthenticated());
		// The owner, from their own address, signs in at once.
		mvc.perform(post("/login").with(csrf()).with(from("10.2.1.1")).param("username", email).param("password", PASSWORD))
			.andExpect(authenticated());
	}

	@Test
	void slowsDownUnknownAccountNamesTheSameWay() throws Exception {
		var unknown = "ukendt-" + UUID.randomUUID() + "@eksempel.dk";
		for (int i = 0; i < 4; i++) {
			mvc.perform(post("/login").with(csrf()).with(from("10.3.0.1")).param("username", unknown).param("password", "forkert"));
		}
		mvc.perform(post("/login").with(csrf()).with(from("10.3.0.1")).param("username", unknown).param("password", "forkert"))
			.andExpect(redirectedUrl("/login?vent=1"));
	}

	@Test
	void slowsDownAnAddressThatTriesManyAccountNames() throws Exception {
		for (int i = 0; i < 21; i++) {
			mvc.perform(post("/login").with(csrf()).with(from("10.4.0.1")).param("username", "navn" + i + "@eksempel.dk").param("password", "forkert"));
		}
		var email = newAccount();
		mvc.perform(post("/login").with(csrf()).with(from("10.4.0.1")).param("username", email).param("password", PASSWORD))
			.andExpect(redirectedUrl("/login?vent=1"));
		mvc.perform(post("/login").with(csrf()).with(from("10.4.0.2")).param("username", email).param("password", PASSWORD))
			.andExpect(authenticated());
	}

	@Test
	void loginPageSaysHowLongToWaitInDanish() throws Exception {
		var html = mvc.perform(get("/login").param("vent", "30")).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Vent 30 sekunder, og prøv igen.");
		html = mvc.perform(get("/login").param("vent", "900")).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Vent 15 minutter, og prøv igen.");
		html = mvc.perform(get("/login").param("vent", "x")).andReturn().getResponse().getContentAsString();
		assertThat(html).doesNotContain("Vent ");
	}

	@Test
	void changingThePasswordEndsTheAccountsOtherSessions() throws Exception {
		var email = newAccount();
		var here = signIn(email, PASSWORD, "10.9.0.1");
		var elsewhere = signIn(email, PASSWORD, "10.9.0.2");
		mvc.perform(post("/konto/adgangskode").cookie(here).with(csrf())
			.param("currentPassword", PASSWORD)
			.param("newPassword", "helt-ny-kode-456")
			.param("repeatPassword", "helt-ny-kode-456"))
			.andExpect(status().isOk());
		mvc.perform(get("/konto").cookie(here)).andExpect(status().isOk());
		mvc.perform(get("/konto").cookie(elsewhere)).andExpect(redirectedUrl("/login?afsluttet"));
	}

	@Test
	void aResetEndsEverySessionAndEveryOtherOpenLink() throws Exception {
		var email = newAccount();
		var session = signIn(email, PASSWORD, "10.10.0.1");
		var first = resetToken(email);
		var second = resetToken(email);
		assertThat(first).isNotEqualTo(second);
		mvc.perform(post("/nulstil-adgangskode").with(csrf()).param("token", first)
			.param("newPassword", "nulstillet-kode-9").param("repeatPassword", "nulstillet-kode-9"))
			.andExpect(redirectedUrl("/login?nulstillet"));
		mvc.perform(get("/konto").cookie(session)).andExpect(redirectedUrl("/login?afsluttet"));
		assertThat(accounts.isResetTokenUsable(second)).isFalse();
		assertThat(accounts.resetPassword(second, "en-helt-anden-kode")).isFalse();
	}

	@Test
	void aResetLinkSentSixTimesAtOnceWorksOnceAndNeverFails() throws Exception {
		var email = newAccount();
		var token = resetToken(email);
		var start = new java.util.concurrent.CountDownLatch(1);
		var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
		try {
			var answers = new java.util.ArrayList<java.util.concurrent.Future<org.springframework.mock.web.MockHttpServletResponse>>();
			for (int i = 0; i < 6; i++) {
				var password = "samtidig-kode-" + i;
				answers.add(pool.submit(() -> {
					start.await();
					return mvc.perform(post("/nulstil-adgangskode").with(csrf()).param("token", token)
						.param("newPassword", password).param("repeatPassword", password)).andReturn().getResponse();
				}));
			}
			start.countDown();
			int done = 0;
			for (var answer : answers) {
				var response = answer.get();
				assertThat(response.getStatus()).isLessThan(500);
				if ("/login?nulstillet".equals(response.getRedirectedUrl())) {
					done++;
				}
				else {
					assertThat(response.getContentAsString()).contains("Linket er udløbet eller allerede brugt.");
				}
			}
			assertThat(done).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void resetRequestsForOneAccountAreLimitedWhatEverTheAddress() throws Exception {
		var email = newAccount();
		for (int i = 0; i < 6; i++) {
			mvc.perform(post("/glemt-adgangskode").with(csrf()).with(from("10.11.0." + i)).param("email", email))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("Hvis adressen hører til en konto")));
		}
		assertThat(mailer.outbox(PageRequest.of(0, 200)).stream().filter(m -> m.getRecipient().equals(email)))
			.hasSize(3);
	}

	@Test
	void changesPasswordOnlyWithTheCurrentOne() throws Exception {
		var email = newAccount();
		var user = accounts.loadUserByUsername(email);
		var html = mvc.perform(post("/konto/adgangskode").with(user(user)).with(csrf())
			.param("currentPassword", "forkert-kode")
			.param("newPassword", "helt-ny-kode-123")
			.param("repeatPassword", "helt-ny-kode-123"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Nuværende adgangskode: er forkert");

		html = mvc.perform(post("/konto/adgangskode").with(user(user)).with(csrf())
			.param("currentPassword", PASSWORD)
			.param("newPassword", "kort")
			.param("repeatPassword", "andet"))
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Ny adgangskode: skal være mellem 10 og 200 tegn")
			.contains("Gentag ny adgangskode: skal være den samme som den nye adgangskode");

		mvc.perform(post("/konto/adgangskode").with(user(user)).with(csrf())
			.param("currentPassword", PASSWORD)
			.param("newPassword", "helt-ny-kode-123")
			.param("repeatPassword", "helt-ny-kode-123"))
			.andExpect(status().isOk());
		mvc.perform(post("/login").with(csrf()).with(from("10.5.0.1")).param("username", email).param("password", "helt-ny-kode-123"))
			.andExpect(authenticated());
	}

	@Test
	void passwordResetLinkFromTheOutboxWorksOnce() throws Exception {
		var email = newAccount();
		mvc.perform(post("/glemt-adgangskode").with(csrf()).param("email", email))
			.andExpect(status().isOk());
		var mail = mailer.outbox(PageRequest.of(0, 50))
			.stream()
			.filter(m -> m.getRecipient().equals(email))
			.findFirst()
			.orElseThrow();
		assertThat(mail.getSubject()).isEqualTo("Nulstil din adgangskode til Spirekassen");
		var matcher = Pattern.compile("/nulstil-adgangskode\\?token=([A-Za-z0-9_-]+)").matcher(mail.getBody());
		assertThat(matcher.find()).isTrue();
		var token = matcher.group(1);

		mvc.perform(get("/nulstil-adgangskode").param("token", token))
			.andExpect(status().isOk());
		mvc.perform(post("/nulstil-adgangskode").with(csrf())
			.param("token", token)
			.param("newPassword", "nulstillet-kode-1")
			.param("repeatPassword", "nulstillet-kode-1"))
			.andExpect(redirectedUrl("/login?nulstillet"));
		mvc.perform(post("/login").with(csrf()).with(from("10.6.0.1")).param("username", email).param("password", "nulstillet-kode-1"))
			.andExpect(authenticated());

		var again = mvc.perform(post("/nulstil-adgangskode").with(csrf())
			.param("token", token)
			.param("newPassword", "endnu-en-kode-2")
			.param("repeatPassword", "endnu-en-kode-2"))
			.andReturn().getResponse().getContentAsString();
		assertThat(again).contains("Linket er udløbet eller allerede brugt.");
	}

	@Test
	void forgottenPasswordAnswersTheSameForUnknownAddresses() throws Exception {
		long before = mailer.outbox(PageRequest.of(0, 1)).getTotalElements();
		var html = mvc.perform(post("/glemt-adgangskode").with(csrf()).param("email", "findes-ikke@eksempel.dk"))
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Hvis adressen hører til en konto");
		assertThat(mailer.outbox(PageRequest.of(0, 1)).getTotalElements()).isEqualTo(before);
	}

	@Test
	void secretariatInvitesAMemberWhoChoosesAPassword() throws Exception {
		var secretariat = accounts.loadUserByUsername("sekretariat@spirekassen.dk");
		var organisation = ((SignedInUser) accounts.loadUserByUsername("medlem@spirekassen.dk")).organisationId();
		var email = "inviteret-" + UUID.randomUUID() + "@eksempel.dk";

		var html = mvc.perform(post("/sekretariat/konti").with(user(secretariat)).with(csrf())
			.param("email", email).param("displayName", "Ida Inviteret").param("role", "MEMBER"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Organisation (for medlemmer): skal vælges for et medlem")
			.contains("value=\"Ida Inviteret\"");
		assertThat(accounts.exists(email)).isFalse();

		mvc.perform(post("/sekretariat/konti").with(user(secretariat)).with(csrf())
			.param("email", email).param("displayName", "Ida Inviteret").param("role", "MEMBER")
			.param("organisationId", String.valueOf(organisation)))
			.andExpect(redirectedUrl("/sekretariat/konti?gemt"));

		var mail = mailer.outbox(PageRequest.of(0, 50)).stream()
			.filter(m -> m.getRecipient().equals(email)).findFirst().orElseThrow();
		assertThat(mail.getSubject()).isEqualTo("Velkommen til Spirekassen");
		var matcher = Pattern.compile("/nulstil-adgangskode\\?token=([A-Za-z0-9_-]+)").matcher(mail.getBody());
		assertThat(matcher.find()).isTrue();
		mvc.perform(post("/nulstil-adgangskode").with(csrf()).param("token", matcher.group(1))
			.param("newPassword", "min-egen-kode-1").param("repeatPassword", "min-egen-kode-1"))
			.andExpect(redirectedUrl("/login?nulstillet"));
		mvc.perform(post("/login").with(csrf()).with(from("10.7.0.1")).param("username", email).param("password", "min-egen-kode-1"))
			.andExpect(authenticated().withAuthentication(authentication -> assertThat(authentication.getAuthorities())
				.extracting(org.springframework.security.core.GrantedAuthority::getAuthority)
				.contains("ROLE_MEMBER", "ORGANISATION_" + organisation)));

		mvc.perform(post("/sekretariat/konti").with(user(secretariat)).with(csrf())
			.param("email", email).param("displayName", "Igen").param("role", "SECRETARIAT"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("E-mailadresse: har allerede et login")));
	}

	@Test
	void aStoppedLoginIsSignedOutAtOnceAndCannotSignInOrResetUntilActivatedAgain() throws Exception {
		var email = newAccount();
		var id = ((SignedInUser) accounts.loadUserByUsername(email)).accountId();
		var secretariat = (SignedInUser) accounts.loadUserByUsername("sekretariat@spirekassen.dk");
		var signIn = mvc.perform(post("/login").with(csrf()).with(from("10.8.0.1")).param("username", email)
			.param("password", PASSWORD))
			.andExpect(authenticated())
			.andReturn();
		// Sessions live in the database (Spring Session JDBC); the cookie names one.
		var session = signIn.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?").param(email)
			.query(Long.class).single()).isEqualTo(1);
		mvc.perform(get("/konto").cookie(session)).andExpect(status().isOk());
		accounts.requestPasswordReset(email, "http://localhost", java.util.Locale.ROOT);
		var reset = mailer.outbox(PageRequest.of(0, 50)).stream()
			.filter(m -> m.getRecipient().equals(email)).findFirst().orElseThrow();
		var token = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(reset.getBody());
		assertThat(token.find()).isTrue();

		var page = mvc.perform(get("/sekretariat/konti").with(user(secretariat)))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("/sekretariat/konti/" + id + "/deaktiver").contains("Ja, deaktivér");
		mvc.perform(post("/sekretariat/konti/" + id + "/deaktiver").with(user(secretariat)).with(csrf()))
			.andExpect(redirectedUrl("/sekretariat/konti?deaktiveret"));

		// The open session ends at its next request; signing in and the reset link no longer work.
		mvc.perform(get("/konto").cookie(session)).andExpect(redirectedUrl("/login?afsluttet"));
		mvc.perform(post("/login").with(csrf()).with(from("10.8.0.2")).param("username", email)
			.param("password", PASSWORD))
			.andExpect(redirectedUrl("/login?fejl"))
			.andExpect(unauthenticated());
		assertThat(accounts.isResetTokenUsable(token.group(1))).isFalse();
		assertThat(accounts.resetPassword(token.group(1), "en-ny-kode-123")).isFalse();

		mvc.perform(post("/sekretariat/konti/" + id + "/aktiver").with(user(secretariat)).with(csrf()))
			.andExpect(redirectedUrl("/sekretariat/konti?aktiveret"));
		mvc.perform(post("/login").with(csrf()).with(from("10.8.0.3")).param("username", email)
			.param("password", PASSWORD))
			.andExpect(authenticated());
	}

	@Test
	void nobodyStopsTheirOwnLogin() throws Exception {
		var secretariat = (SignedInUser) accounts.loadUserByUsername("sekretariat@spirekassen.dk");
		mvc.perform(post("/sekretariat/konti/" + secretariat.accountId() + "/deaktiver").with(user(secretariat))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					"Du kan ikke deaktivere din egen konto.")));
		assertThat(accounts.loadUserByUsername("sekretariat@spirekassen.dk").isEnabled()).isTrue();
	}

	@Test
	void passwordsAreStoredWithTheDelegatingEncoder() {
		var email = newAccount();
		assertThat(accounts.loadUserByUsername(email).getPassword()).startsWith("{bcrypt}");
	}

	private jakarta.servlet.http.Cookie signIn(String email, String password, String address) throws Exception {
		var cookie = mvc.perform(post("/login").with(csrf()).with(from(address)).param("username", email)
			.param("password", password))
			.andExpect(authenticated())
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(cookie).isNotNull();
		return cookie;
	}

	private String resetToken(String email) {
		var before = mailer.outbox(PageRequest.of(0, 200)).stream().filter(m -> m.getRecipient().equals(email)).count();
		accounts.requestPasswordReset(email, "http://localhost", java.util.Locale.ROOT);
		var mail = mailer.outbox(PageRequest.of(0, 200)).stream()
			.filter(m -> m.getRecipient().equals(email)).findFirst().orElseThrow();
		assertThat(mailer.outbox(PageRequest.of(0, 200)).stream().filter(m -> m.getRecipient().equals(email)).count())
			.isEqualTo(before + 1);
		var matcher = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(mail.getBody());
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private String newAccount() {
		var email = "test-" + UUID.randomUUID() + "@eksempel.dk";
		accounts.createAccount(email, "Test Person", PASSWORD, Role.SECRETARIAT, null, null);
		return email;
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}
}

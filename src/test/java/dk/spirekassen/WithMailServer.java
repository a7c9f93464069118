package dk.spirekassen;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * The whole application on a random port, sending its mail to an SMTP server on {@link #SMTP_PORT} that each test
 * starts when it wants one (GreenMail). The outbox worker's own schedule is pushed out of the way; a test runs it by
 * hand, as the schedule would. One context, shared by every test class that extends this.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spirekassen.mail.send-every=PT1H", "spirekassen.mail.send-first-after=PT1H",
				"spirekassen.mail.retry.first=PT1S", "spirekassen.mail.retry.longest=PT8S",
				"spirekassen.mail.retry.max-attempts=4" })
@AutoConfigureMockMvc
public abstract class WithMailServer {

	protected static final int SMTP_PORT = freePort();

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	/** A started SMTP server on {@link #SMTP_PORT}; stop it after the test. */
	protected static GreenMail startMailServer() {
		var server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
		return server;
	}

	private static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}

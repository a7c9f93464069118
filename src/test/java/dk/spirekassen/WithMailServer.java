package dk.spirekassen;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

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

	/** The messages the server received for the address. */
	protected static List<MimeMessage> receivedBy(GreenMail server, String recipient) {
		return Arrays.stream(server.getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(recipient));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
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

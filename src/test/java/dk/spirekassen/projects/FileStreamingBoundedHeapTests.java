package dk.spirekassen.projects;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import dk.spirekassen.RouteTable.Samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Run by Maven in a JVM of its own with a heap of 192 MB (the {@code bounded-heap} execution in pom.xml): a file
 * four times larger than that heap is stored and then downloaded by two clients at once, byte for byte.
 * Were an upload or a download held whole in memory, it could not fit once, let alone twice. The database is
 * on disk (H2 in a file, or PostgreSQL), since H2 in memory would keep the file in this heap.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FileStreamingBoundedHeapTests {

	private static final long SIZE = 768L * 1024 * 1024;

	private static final int CLIENTS = 2;

	@Autowired
	ApplicationContext context;

	@Autowired
	Projects projects;

	@Autowired
	FileStorage storage;

	@Autowired
	TransactionTemplate transactions;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void databaseOnDisk(DynamicPropertyRegistry registry) {
		var profiles = System.getProperty("spring.profiles.active", "");
		if (profiles.contains("postgres")) {
			var url = System.getenv().getOrDefault("DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/spirekassen");
			registry.add("spring.datasource.url", () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=bounded");
			registry.add("spring.flyway.default-schema", () -> "bounded");
			registry.add("spring.flyway.schemas", () -> "bounded");
		}
		else {
			var directory = Path.of("target", "bounded-heap").toAbsolutePath();
			deleteRecursively(directory);
			registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + directory.resolve("db")
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
		}
	}

	@Test
	void aFileManyTimesTheHeapIsStoredAndDownloadedByClientsAtOnce() throws Exception {
		assumeTrue(Boolean.getBoolean("bounded.heap"),
				"only in the bounded-heap execution (a JVM with a small heap), not when picked out of the others");
		long heap = Runtime.getRuntime().maxMemory();
		assertThat(SIZE).as("the file is several times the heap").isGreaterThanOrEqualTo(4 * heap);

		var samples = new Samples(context).projects;
		// Stored straight from a generator, a chunk per transaction: an upload is limited to 25 MB, and H2 holds
		// more than that heap for a transaction of 768 MB (FileStorage's own tests cover storing).
		var generated = new GeneratedLines(SIZE);
		var key = storage.store(generated);
		var expected = generated.digest();
		long id = transactions.execute(status -> {
			var file = this.projects.findById(samples.project).orElseThrow()
				.addFile("Stor måleserie", "maaleserie.csv", "text/csv", SIZE, key, true, null, null);
			this.projects.flush();
			return file.getId();
		});
		var url = URI.create("http://localhost:" + port + "/projekter/" + samples.project + "/filer/" + id);

		var http = HttpClient.newHttpClient();
		var clients = Executors.newFixedThreadPool(CLIENTS);
		try {
			List<Callable<String>> downloads = IntStream.range(0, CLIENTS)
				.mapToObj(client -> (Callable<String>) () -> download(http, url))
				.toList();
			for (var result : clients.invokeAll(downloads)) {
				assertThat(result.get()).isEqualTo(expected);
			}
		}
		finally {
			clients.shutdownNow();
		}
	}

	/** The SHA-256 and size of the download, read as it arrives. */
	private static String download(HttpClient http, URI url) throws IOException, InterruptedException {
		var response = http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofInputStream());
		assertThat(response.statusCode()).isEqualTo(200);
		try (InputStream body = response.body()) {
			var digest = sha256();
			long size = 0;
			var buffer = new byte[64 * 1024];
			int read;
			while ((read = body.read(buffer)) > 0) {
				digest.update(buffer, 0, read);
				size += read;
			}
			return HexFormat.of().formatHex(digest.digest()) + "/" + size;
		}
	}

	/** {@code size} bytes of CSV lines, made as they are read, with their SHA-256 and size once read to the end. */
	private static final class GeneratedLines extends InputStream {

		private final long size;

		private final Random random = new Random(1);

		private final MessageDigest digest = sha256();

		private byte[] line = "dato;kWh\n".getBytes(StandardCharsets.UTF_8);

		private int inLine;

		private long position;

		GeneratedLines(long size) {
			this.size = size;
		}

		@Override
		public int read() {
			var one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] target, int off, int len) {
			if (position >= size) {
				return -1;
			}
			int count = 0;
			while (count < len && position < size) {
				if (inLine == line.length) {
					line = ("2026-" + (1 + random.nextInt(12)) + "-" + (1 + random.nextInt(28)) + ";"
							+ random.nextInt(100_000) + "\n").getBytes(StandardCharsets.UTF_8);
					inLine = 0;
				}
				int n = (int) Math.min(Math.min(len - count, line.length - inLine), size - position);
				System.arraycopy(line, inLine, target, off + count, n);
				digest.update(line, inLine, n);
				inLine += n;
				count += n;
				position += n;
			}
			return count;
		}

		String digest() {
			return HexFormat.of().formatHex(digest.digest()) + "/" + position;
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void deleteRecursively(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try (var paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}

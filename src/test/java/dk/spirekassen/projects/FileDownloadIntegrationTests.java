package dk.spirekassen.projects;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dk.spirekassen.ProjectSamples;
import dk.spirekassen.RouteTable.Samples;
import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.accounts.AccountManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A toolbox file larger than a storage chunk comes back byte for byte, whole or in ranges that cross chunks, with
 * the validators and caching a browser, a download manager and a proxy rely on: ETag and Last-Modified (304 for a
 * current copy), Range and If-Range (206, 416, or the whole file for a changed one), HEAD without a body; uploads
 * to one project at once are all kept.
 */
@SpirekassenTest
class FileDownloadIntegrationTests {

	/** Two and a half chunks, so ranges cross chunk boundaries. */
	private static final int SIZE = DatabaseFileStorage.CHUNK_SIZE * 5 / 2;

	private static final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	ApplicationContext context;

	@Autowired
	ProjectManagement projects;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ProjectCatalogue catalogue;

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	private ProjectSamples samples;

	private byte[] content;

	private String url;

	@BeforeEach
	void aPublicResultOfSeveralChunks() {
		samples = new Samples(context).projects;
		content = csv(SIZE, 42);
		long file = projects.addFile(samples.project, "Måledata", "maaledata.csv", content, true, samples.secretariat);
		url = "http://localhost:" + port + "/projekter/" + samples.project + "/filer/" + file;
	}

	@Test
	void theWholeFileComesBackWithValidatorsAndPublicCaching() throws Exception {
		var response = send(HttpRequest.newBuilder(URI.create(url)));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo(content);
		assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(SIZE);
		assertThat(response.headers().firstValue("Accept-Ranges")).hasValue("bytes");
		assertThat(response.headers().firstValue("ETag")).hasValueSatisfying(tag -> assertThat(tag).matches("\"[^\"]+\""));
		assertThat(response.headers().firstValue("Last-Modified")).isPresent();
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=300, public");
		assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				disposition -> assertThat(disposition).startsWith("attachment").contains("maaledata.csv"));
	}

	@Test
	void aCurrentCopyIsNotSentAgain() throws Exception {
		var first = send(HttpRequest.newBuilder(URI.create(url)));
		var eTag = first.headers().firstValue("ETag").orElseThrow();
		var lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

		var byTag = send(HttpRequest.newBuilder(URI.create(url)).header("If-None-Match", eTag));
		assertThat(byTag.statusCode()).isEqualTo(304);
		assertThat(byTag.body()).isEmpty();

		var byDate = send(HttpRequest.newBuilder(URI.create(url)).header("If-Modified-Since", lastModified));
		assertThat(byDate.statusCode()).isEqualTo(304);

		var otherTag = send(HttpRequest.newBuilder(URI.create(url)).header("If-None-Match", "\"db-0\""));
		assertThat(otherTag.statusCode()).isEqualTo(200);
		assertThat(otherTag.body()).isEqualTo(content);
	}

	@Test
	void aRangeAcrossChunksIsSentAlone() throws Exception {
		int from = DatabaseFileStorage.CHUNK_SIZE - 1000;
		int to = DatabaseFileStorage.CHUNK_SIZE * 2 + 500;
		var response = send(HttpRequest.newBuilder(URI.create(url)).header("Range", "bytes=" + from + "-" + to));

		assertThat(response.statusCode()).isEqualTo(206);
		assertThat(response.headers().firstValue("Content-Range")).hasValue("bytes " + from + "-" + to + "/" + SIZE);
		assertThat(response.body()).isEqualTo(Arrays.copyOfRange(content, from, to + 1));
	}

	@Test
	void aDownloadResumesFromWhereItStopped() throws Exception {
		var first = send(HttpRequest.newBuilder(URI.create(url)));
		var eTag = first.headers().firstValue("ETag").orElseThrow();
		var lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
		int received = SIZE / 3 + 7;

		var rest = send(HttpRequest.newBuilder(URI.create(url))
			.header("Range", "bytes=" + received + "-")
			.header("If-Range", eTag));
		assertThat(rest.statusCode()).isEqualTo(206);
		assertThat(rest.body()).isEqualTo(Arrays.copyOfRange(content, received, SIZE));

		var restByDate = send(HttpRequest.newBuilder(URI.create(url))
			.header("Range", "bytes=" + received + "-")
			.header("If-Range", lastModified));
		assertThat(restByDate.statusCode()).isEqualTo(206);

		var tail = send(HttpRequest.newBuilder(URI.create(url)).header("Range", "bytes=-100"));
		assertThat(tail.statusCode()).isEqualTo(206);
		assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(content, SIZE - 100, SIZE));
	}

	@Test
	void aPartialCopyOfOtherContentGetsTheWholeFile() throws Exception {
		var response = send(HttpRequest.newBuilder(URI.create(url))
			.header("Range", "bytes=" + (SIZE / 3) + "-")
			.header("If-Range", "\"db-0\""));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(SIZE);
		assertThat(response.body()).isEqualTo(content);
	}

	@Test
	void aRangeBeyondTheEndIsRefused() throws Exception {
		var response = send(HttpRequest.newBuilder(URI.create(url)).header("Range", "bytes=" + SIZE + "-"));

		assertThat(response.statusCode()).isEqualTo(416);
		assertThat(response.headers().firstValue("Content-Range")).hasValue("bytes */" + SIZE);
	}

	@Test
	void headTellsTheSizeWithoutTheContent() throws Exception {
		var response = send(HttpRequest.newBuilder(URI.create(url)).method("HEAD", HttpRequest.BodyPublishers.noBody()));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(SIZE);
		assertThat(response.headers().firstValue("ETag")).isPresent();
		assertThat(response.body()).isEmpty();
	}

	@Test
	void aFileForTheProjectOnlyIsNotStoredByCaches() throws Exception {
		long file = projects.addFile(samples.membersProject, "Intern", "intern.csv", csv(1000, 7), false,
				samples.secretariat);
		var path = "/projekter/" + samples.membersProject + "/filer/" + file;

		assertThat(send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))).statusCode())
			.isEqualTo(404);
		mvc.perform(get(path).with(user(accounts.loadUserByUsername("sekretariat@spirekassen.dk"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store, private"))
			.andExpect(header().exists("ETag"));
	}

	@Test
	void uploadsToOneProjectAtTheSameTimeAreAllKept() throws Exception {
		long project = samples.freshIdea(samples.organisation);
		var secretariat = accounts.loadUserByUsername("sekretariat@spirekassen.dk");
		int uploads = 4;
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(uploads);
		try {
			var statuses = new ArrayList<Future<Integer>>();
			for (int i = 0; i < uploads; i++) {
				var file = new MockMultipartFile("file", "del-" + i + ".csv", "text/csv",
						csv(DatabaseFileStorage.CHUNK_SIZE * 4, i));
				statuses.add(pool.submit(() -> {
					start.await();
					return mvc.perform(multipart("/projekter/" + project + "/filer").file(file)
						.param("title", file.getOriginalFilename())
						.with(csrf())
						.with(user(secretariat))).andReturn().getResponse().getStatus();
				}));
			}
			start.countDown();
			for (var status : statuses) {
				assertThat(status.get()).as("an upload's answer").isEqualTo(302);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(catalogue.project(project, samples.secretariat, Locale.ROOT).files()).hasSize(uploads);
	}

	private static HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** Semicolon-separated lines of digits that a content check accepts as CSV, cut to exactly {@code size} bytes. */
	private static byte[] csv(int size, long seed) {
		var random = new Random(seed);
		var text = new StringBuilder("måling;værdi\n");
		while (text.length() < size) {
			text.append(random.nextInt(1_000_000)).append(';').append(random.nextInt(1000)).append('\n');
		}
		var bytes = text.toString().getBytes(StandardCharsets.UTF_8);
		return Arrays.copyOf(bytes, size);
	}
}

package dk.spirekassen.projects.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import dk.spirekassen.projects.FileStorage.StoredContent;
import dk.spirekassen.projects.ProjectManagement;
import dk.spirekassen.projects.ProjectManagement.Download;
import dk.spirekassen.projects.Viewer;

/**
 * Downloads of toolbox files: public results for everyone, other files for those who may see the project. The
 * content streams from storage to the client a buffer at a time, however large the file and however slow the
 * client. Downloads carry an {@code ETag} and {@code Last-Modified} (a stored file never changes: a new upload
 * gets a new key), so a client can ask whether its copy is current ({@code If-None-Match}, 304) and resume a
 * download ({@code Range}, {@code If-Range}, 206). Public results may be cached by anyone for a few minutes;
 * other files are not stored by caches.
 */
@Controller
class FileDownloadController {

	/** How long a shared cache may serve a public result before asking again. */
	private static final Duration PUBLIC_MAX_AGE = Duration.ofMinutes(5);

	private final ProjectManagement projects;

	FileDownloadController(ProjectManagement projects) {
		this.projects = projects;
	}

	@GetMapping("/projekter/{id:\\d+}/filer/{fileId:\\d+}")
	ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long fileId, Authentication authentication,
			HttpServletRequest request) {
		var download = projects.download(id, fileId, Viewer.of(authentication));
		var eTag = "\"" + download.storageKey().replace(':', '-') + "\"";
		var lastModified = download.uploadedAt().truncatedTo(ChronoUnit.SECONDS);
		var response = ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(download.fileName(), StandardCharsets.UTF_8).build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.eTag(eTag)
			.lastModified(lastModified)
			.cacheControl(download.publicResult() ? CacheControl.maxAge(PUBLIC_MAX_AGE).cachePublic()
					: CacheControl.noStore().cachePrivate());
		if (HttpMethod.HEAD.matches(request.getMethod())) {
			return response.contentLength(download.content().size()).build();
		}
		var ifRange = request.getHeader(HttpHeaders.IF_RANGE);
		if (request.getHeader(HttpHeaders.RANGE) != null && ifRange != null
				&& !ifRangeHolds(ifRange, eTag, lastModified)) {
			// The client's partial copy is of other content: it gets the whole file (a resource of this kind is
			// never cut into ranges).
			return response.contentLength(download.content().size())
				.body(new InputStreamResource(() -> download.content().open(0)));
		}
		return response.body(new StoredResource(download));
	}

	/** If-Range holds for the same strong ETag or exactly the same modification date (RFC 9110, 13.1.5). */
	private static boolean ifRangeHolds(String ifRange, String eTag, Instant lastModified) {
		if (ifRange.startsWith("\"") || ifRange.startsWith("W/")) {
			return ifRange.equals(eTag);
		}
		try {
			return ZonedDateTime.parse(ifRange, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().equals(lastModified);
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

	/**
	 * Stored content as a resource Spring MVC can send whole or in ranges: its length is known without reading
	 * it, and a range skips to its start without reading what comes before.
	 */
	private static final class StoredResource extends AbstractResource {

		private final String fileName;

		private final StoredContent content;

		StoredResource(Download download) {
			this.fileName = download.fileName();
			this.content = download.content();
		}

		@Override
		public InputStream getInputStream() throws IOException {
			return content.open(0);
		}

		@Override
		public long contentLength() {
			return content.size();
		}

		@Override
		public boolean exists() {
			return true;
		}

		@Override
		public String getFilename() {
			return fileName;
		}

		@Override
		public String getDescription() {
			return "stored file " + fileName;
		}
	}
}

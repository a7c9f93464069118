package dk.spirekassen.projects.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.nio.charset.StandardCharsets;

import dk.spirekassen.projects.ProjectManagement;
import dk.spirekassen.projects.Viewer;

/**
 * Downloads of toolbox files: public results for everyone, other files for those who may see the project.
 */
@Controller
class FileDownloadController {

	private final ProjectManagement projects;

	FileDownloadController(ProjectManagement projects) {
		this.projects = projects;
	}

	@GetMapping("/projekter/{id:\\d+}/filer/{fileId:\\d+}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long fileId, Authentication authentication) {
		var download = projects.download(id, fileId, Viewer.of(authentication));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(download.fileName(), StandardCharsets.UTF_8).build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(download.content());
	}
}

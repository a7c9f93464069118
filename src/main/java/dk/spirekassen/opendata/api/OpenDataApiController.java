package dk.spirekassen.opendata.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import tools.jackson.databind.json.JsonMapper;

import dk.spirekassen.opendata.OpenDataSet;
import dk.spirekassen.opendata.OpenDataTables;
import dk.spirekassen.shared.NotFoundException;
import dk.spirekassen.shared.TableExport;

/**
 * The open data sets as JSON and CSV, and their JSON Schemas. A data set is written as its rows are read; an unknown
 * name is a 404 problem before anything is written. The JSON is a package as the 360Giving Data Standard describes
 * one: the licence, title, description, publisher, when it was made and where it is found, then the rows under the
 * data set's name (for the grants also the version of the standard).
 */
@RestController
@RequestMapping(OpenDataApiController.PATH)
@Tag(name = "Open data", description = "Grants, results, the directory and development days under CC BY 4.0")
class OpenDataApiController {

	static final String PATH = "/api/v1/data";

	private static final Locale DANISH = Locale.forLanguageTag("da");

	private static final MediaType SCHEMA = MediaType.parseMediaType("application/schema+json");

	private final OpenDataTables tables;

	private final JsonMapper json;

	private final MessageSource messages;

	private final Clock clock;

	private final String baseUrl;

	OpenDataApiController(OpenDataTables tables, JsonMapper json, MessageSource messages, Clock clock,
			@Value("${spirekassen.base-url}") String baseUrl) {
		this.tables = tables;
		this.json = json;
		this.messages = messages;
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@GetMapping("/{name}.json")
	@Operation(summary = "A data set as JSON: the licence, the schema and the rows under the data set's name")
	void json(@PathVariable String name, HttpServletResponse response) throws IOException {
		var set = set(name);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		var modified = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
		try (var rows = tables.rows(set); var out = json.createGenerator(response.getOutputStream())) {
			out.writeStartObject();
			out.writeName("license");
			out.writeString(OpenDataTables.LICENCE);
			out.writeName("schema");
			out.writeString(schemaUrl(set));
			if (set == OpenDataSet.GRANTS) {
				out.writeName("version");
				out.writeString(OpenDataTables.GRANTS_STANDARD_VERSION);
			}
			out.writeName("title");
			out.writeString(messages.getMessage("opendata.set." + set.slug() + ".title", null, DANISH));
			out.writeName("description");
			out.writeString(messages.getMessage("opendata.set." + set.slug() + ".description", null, DANISH));
			out.writeName("publisher");
			out.writeStartObject();
			out.writeName("name");
			out.writeString(messages.getMessage("opendata.funder", null, DANISH));
			out.writeName("website");
			out.writeString(baseUrl + "/");
			out.writeEndObject();
			out.writeName("modified");
			out.writeString(modified.toString());
			out.writeName("accessURL");
			out.writeString(baseUrl + "/data");
			out.writeName("downloadURL");
			out.writeString(baseUrl + PATH + "/" + set.slug() + ".json");
			out.writeName(set.slug());
			out.writeStartArray();
			rows.forEachOrdered(row -> out.writePOJO(row.json()));
			out.writeEndArray();
			out.writeEndObject();
		}
	}

	@GetMapping("/{name}.csv")
	@Operation(summary = "A data set as CSV: UTF-8 with a byte order mark, semicolon-separated, one header row")
	void csv(@PathVariable String name, HttpServletResponse response) throws IOException {
		var set = set(name);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.inline().filename(set.slug() + ".csv", StandardCharsets.UTF_8).build().toString());
		response.setContentType("text/csv;charset=UTF-8");
		TableExport.writeCsv(response.getOutputStream(), tables.headers(set),
				tables.rows(set).map(OpenDataTables.Row::cells));
	}

	@GetMapping("/schemas/{name}.schema.json")
	@Operation(summary = "The JSON Schema (draft 2020-12) of a data set's JSON")
	ResponseEntity<String> schema(@PathVariable String name) throws IOException {
		var set = set(name);
		var text = new ClassPathResource("opendata/schemas/" + set.slug() + ".schema.json")
			.getContentAsString(StandardCharsets.UTF_8)
			.replace("{{id}}", schemaUrl(set));
		return ResponseEntity.ok().contentType(SCHEMA).body(text);
	}

	private String schemaUrl(OpenDataSet set) {
		return baseUrl + PATH + "/schemas/" + set.slug() + ".schema.json";
	}

	private static OpenDataSet set(String name) {
		return OpenDataSet.of(name).orElseThrow(() -> new NotFoundException("data set", name));
	}
}

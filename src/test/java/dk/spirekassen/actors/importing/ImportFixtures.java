package dk.spirekassen.actors.importing;

import org.springframework.context.ApplicationContext;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * Import jobs for tests outside this package, such as the authorisation matrix.
 */
public final class ImportFixtures {

	private ImportFixtures() {
	}

	/** A checked, not yet carried out, import job with one valid row: nothing is written unless it is confirmed. */
	public static long checkedJob(ApplicationContext context) {
		var csv = """
				CVR;Organisation;Afdelingsnummer;Afdelingsnavn;Kommune;Boliger
				12345674;Boligselskabet Matrix;1;Matrixparken;Aarhus;40
				""";
		return context.getBean(DepartmentImports.class)
			.check("matrix.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
					"sekretariat@spirekassen.dk")
			.jobId();
	}
}

package dk.spirekassen;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;

import java.lang.annotation.Annotation;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

/**
 * The jar is built with Spring AOT (README, the fast start), which settles the conditions on bean definitions once,
 * when the jar is built, with the settings of the build: a bean that depends on a setting, a profile or an
 * expression would be there, or missing, whatever the node is started with (a jar built without
 * {@code spring.mail.host} never sent a mail). So no bean of ours is conditional on them; such choices are made in
 * the bean, when the node starts (as {@code mail.SmtpServer} does).
 */
class BuildTimeConditionsTests {

	private static final List<Class<? extends Annotation>> SETTLED_AT_BUILD = List.of(ConditionalOnProperty.class,
			ConditionalOnBooleanProperty.class, ConditionalOnExpression.class, Profile.class);

	private final com.tngtech.archunit.core.domain.JavaClasses ours = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dk.spirekassen");

	@Test
	void noBeanOfOursDependsOnTheSettingsItIsStartedWith() {
		for (var annotation : SETTLED_AT_BUILD) {
			noClasses().should().beAnnotatedWith(annotation).check(ours);
			noMethods().should().beAnnotatedWith(annotation).check(ours);
		}
	}
}

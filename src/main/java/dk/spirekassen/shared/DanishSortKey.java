package dk.spirekassen.shared;

import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

import java.text.Collator;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A name as the key of its place in Danish alphabetical order, for sorting lists in the search index: Æ, Ø and Å
 * come after Z, "Aa" sorts as Å, and case only separates otherwise equal names. The collation key of the JDK's
 * Danish collator is written as hexadecimal, whose order as text is the order of the key's bytes. (The database
 * cannot give this order: a PostgreSQL database created with the C collation sorts Å before Æ and every capital
 * before every small letter.)
 */
public class DanishSortKey implements ValueBridge<String, String> {

	private static final Locale DANISH = Locale.forLanguageTag("da");

	@Override
	public String toIndexedValue(String value, ValueBridgeToIndexedValueContext context) {
		return value == null ? null : of(value);
	}

	/** The sort key of a name. */
	public static String of(String name) {
		// A Collator is not safe to share between threads; making one costs little beside indexing a document.
		return HexFormat.of().formatHex(Collator.getInstance(DANISH).getCollationKey(name.strip()).toByteArray());
	}
}

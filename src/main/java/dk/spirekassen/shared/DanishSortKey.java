package dk.spirekassen.shared;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortThenStep;
import org.hibernate.search.mapper.pojo.bridge.PropertyBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.PropertyBridgeWriteContext;

import java.text.CollationElementIterator;
import java.text.Collator;
import java.text.RuleBasedCollator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * A name's place in Danish alphabetical order as a few numbers, for sorting lists in the search index: Æ, Ø and Å
 * come after Z, "Aa" sorts as Å, and case, accents, spaces and hyphens do not count. Names alike in their first
 * {@link #LETTERS} letters keep the order of their ids.
 * <p>
 * The letters are the primary weights of the JDK's Danish collator, seven bits each, nine to a {@code long}. Numbers
 * because a list sorted by a text key in the index spends most of its time unpacking the texts of the competing
 * documents, while numbers are read as they are. (The database cannot give this order: a PostgreSQL database created
 * with the C collation sorts Å before Æ and every capital before every small letter.)
 * <p>
 * Put it on the name with {@code @PropertyBinding(binder = @PropertyBinderRef(type = DanishSortKey.Binder.class))};
 * {@link #order} sorts by it.
 */
public final class DanishSortKey {

	/** The numbers of a name's key. */
	static final int PARTS = 4;

	private static final int BITS = 7;

	private static final int PER_PART = Long.SIZE / BITS;

	/** The letters of a name that order it. */
	public static final int LETTERS = PARTS * PER_PART;

	private static final int LARGEST = (1 << BITS) - 1;

	private static final Locale DANISH = Locale.forLanguageTag("da");

	private DanishSortKey() {
	}

	/**
	 * The key of a name: its first {@link #LETTERS} letters by their Danish primary weight, each in seven bits, the
	 * first letter in the highest bits of the first number, and zero where the name has ended. A letter whose weight
	 * does not fit below seven bits' largest number (no Danish or other Latin letter is one) counts as that number and
	 * ends the key, so that names which differ only from there on stay equal rather than out of order.
	 */
	public static long[] of(String name) {
		var key = new long[PARTS];
		// A Collator is not safe to share between threads; making one costs little beside indexing a document.
		var letters = ((RuleBasedCollator) Collator.getInstance(DANISH)).getCollationElementIterator(name);
		var count = 0;
		for (int element = letters.next(); element != CollationElementIterator.NULLORDER && count < LETTERS;
				element = letters.next()) {
			var weight = CollationElementIterator.primaryOrder(element);
			if (weight == 0) {
				continue; // spaces, hyphens and combining accents do not count
			}
			var part = count / PER_PART;
			key[part] = key[part] << BITS | Math.min(weight, LARGEST);
			count++;
			if (weight >= LARGEST) {
				break;
			}
		}
		for (var part = 0; part < PARTS; part++) {
			var used = Math.max(0, Math.min(PER_PART, count - part * PER_PART));
			key[part] <<= BITS * (PER_PART - used);
		}
		return key;
	}

	/** Danish alphabetical order by the key, then by id. */
	public static SortThenStep order(SearchSortFactory f) {
		SortThenStep order = f.field(field(0));
		for (var part = 1; part < PARTS; part++) {
			order = order.then().field(field(part));
		}
		return order.then().field(SearchFields.ID);
	}

	private static String field(int part) {
		return SearchFields.SORT_NAME + part;
	}

	/** Declares the key's fields on the document of the name's entity and fills them. */
	public static class Binder implements PropertyBinder {

		@Override
		public void bind(PropertyBindingContext context) {
			context.dependencies().useRootOnly();
			var type = context.typeFactory().asLong()
				.sortable(Sortable.YES).searchable(Searchable.YES).projectable(Projectable.NO)
				.toIndexFieldType();
			var fields = IntStream.range(0, PARTS)
				.mapToObj(part -> context.indexSchemaElement().field(field(part), type).toReference())
				.toList();
			context.bridge(String.class, new Bridge(fields));
		}
	}

	private record Bridge(List<IndexFieldReference<Long>> fields) implements PropertyBridge<String> {

		@Override
		public void write(DocumentElement target, String name, PropertyBridgeWriteContext context) {
			if (name == null) {
				return;
			}
			var key = of(name);
			for (var part = 0; part < PARTS; part++) {
				target.addValue(fields.get(part), key[part]);
			}
		}
	}
}

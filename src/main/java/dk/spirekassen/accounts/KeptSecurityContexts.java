package dk.spirekassen.accounts;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.core.context.SecurityContextImpl;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Set;

/**
 * Reads a session's security context from its bytes once, not on every request. Spring Session JDBC stores every
 * attribute Java-serialised and deserialises it on each request that reads it, and reading the signed-in person back
 * was 6 % of the partner's dashboard in a flight recording (see docs/BENCHMARKS.md). The context read is kept by the
 * exact bytes it was read from: the bytes change whenever the session's context is written anew (a sign-in, a new
 * session id), so a kept context is the stored one. Each read hands out a context of its own that holds the same
 * authentication, as a request's context is its own: signing out clears the context of its request and touches no
 * other. Every other attribute is read from its bytes each time, as before.
 */
final class KeptSecurityContexts implements GenericConverter {

	/** More sessions than are active at once on one node; a context not kept is read from its bytes again. */
	static final int MAX = 2_000;

	private final Converter<byte[], Object> deserializer;

	private final Cache<ByteBuffer, SecurityContextImpl> kept = Caffeine.newBuilder()
		.maximumSize(MAX)
		.expireAfterAccess(Duration.ofMinutes(30))
		.build();

	KeptSecurityContexts(Converter<byte[], Object> deserializer) {
		this.deserializer = deserializer;
	}

	/** How the session repository converts its attributes: serialised as before, the contexts read back once. */
	static ConversionService conversions(ClassLoader classLoader) {
		var service = new GenericConversionService();
		service.addConverter(Object.class, byte[].class, new SerializingConverter());
		service.addConverter(new KeptSecurityContexts(new DeserializingConverter(classLoader)));
		return service;
	}

	@Override
	public Set<ConvertiblePair> getConvertibleTypes() {
		return Set.of(new ConvertiblePair(byte[].class, Object.class));
	}

	@Override
	public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
		if (!(source instanceof byte[] bytes)) {
			return null;
		}
		var key = ByteBuffer.wrap(bytes);
		var context = kept.getIfPresent(key);
		if (context == null) {
			var value = deserializer.convert(bytes);
			if (value == null || value.getClass() != SecurityContextImpl.class) {
				return value;
			}
			context = (SecurityContextImpl) value;
			kept.put(key, context);
		}
		return new SecurityContextImpl(context.getAuthentication());
	}
}

package dk.spirekassen.mail;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.util.StringUtils;

import java.time.Duration;
import java.util.Properties;

/**
 * The SMTP server and the outbox worker's schedule, both decided when the node starts, from {@code spring.mail.*}.
 * <p>
 * Spring Boot's own mail sender exists only when {@code spring.mail.host} is set, a condition that Spring AOT (the
 * fast start, see the README) settles once, when the jar is built: a jar built without a host would never send. So
 * the sender is always made here, as Spring Boot makes it, and {@link MailDelivery} is only scheduled when a host is
 * set. Without one, the emails stay pending in the outbox, which is not an error.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class SmtpServer implements SchedulingConfigurer {

	private final MailProperties mail;

	private final ObjectProvider<MailDelivery> delivery;

	private final Duration sendEvery;

	private final Duration sendFirstAfter;

	SmtpServer(MailProperties mail, ObjectProvider<MailDelivery> delivery,
			@Value("${spirekassen.mail.send-every:PT5S}") Duration sendEvery,
			@Value("${spirekassen.mail.send-first-after:PT10S}") Duration sendFirstAfter) {
		this.mail = mail;
		this.delivery = delivery;
		this.sendEvery = sendEvery;
		this.sendFirstAfter = sendFirstAfter;
	}

	/** Whether an SMTP server is configured ({@code spring.mail.host}). */
	static boolean configured(MailProperties mail) {
		return StringUtils.hasText(mail.getHost());
	}

	/** The sender as Spring Boot's {@code MailSenderPropertiesConfiguration} makes it; unused without a host. */
	@Bean
	JavaMailSenderImpl mailSender(ObjectProvider<SslBundles> sslBundles) {
		var sender = new JavaMailSenderImpl();
		sender.setHost(mail.getHost());
		if (mail.getPort() != null) {
			sender.setPort(mail.getPort());
		}
		sender.setUsername(mail.getUsername());
		sender.setPassword(mail.getPassword());
		sender.setProtocol(mail.getProtocol());
		if (mail.getDefaultEncoding() != null) {
			sender.setDefaultEncoding(mail.getDefaultEncoding().name());
		}
		var properties = new Properties();
		properties.putAll(mail.getProperties());
		var protocol = StringUtils.hasLength(mail.getProtocol()) ? mail.getProtocol() : "smtp";
		var ssl = mail.getSsl();
		if (ssl.isEnabled()) {
			properties.setProperty("mail." + protocol + ".ssl.enable", "true");
		}
		if (ssl.isVerifyHostname()) {
			properties.setProperty("mail." + protocol + ".ssl.checkserveridentity", "true");
		}
		if (StringUtils.hasLength(ssl.getBundle())) {
			var bundle = sslBundles.getObject().getBundle(ssl.getBundle());
			properties.put("mail." + protocol + ".ssl.socketFactory", bundle.createSslContext().getSocketFactory());
		}
		if (!properties.isEmpty()) {
			sender.setJavaMailProperties(properties);
		}
		return sender;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		if (configured(mail)) {
			tasks.addFixedDelayTask(new FixedDelayTask(new Run(delivery), sendEvery, sendFirstAfter));
		}
	}

	/** A run of the worker, through its bean so that its {@code @SchedulerLock} holds; named after its lock. */
	private record Run(ObjectProvider<MailDelivery> delivery) implements Runnable {

		@Override
		public void run() {
			delivery.getObject().sendDue();
		}

		@Override
		public String toString() {
			return MailDelivery.JOB;
		}
	}
}

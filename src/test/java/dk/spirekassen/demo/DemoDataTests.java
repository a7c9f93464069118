package dk.spirekassen.demo;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

import static org.assertj.core.api.Assertions.assertThatNoException;

class DemoDataTests {

	@Test
	void loadsNothingWhenSwitchedOff() {
		// With the switch off the loader must not touch the directory, the accounts, the projects, the days, the fund or a
		// transaction.
		var demo = new DemoData(null, null, null, null, null, null, null, null, null, new RefusingTransactions(), false);
		assertThatNoException().isThrownBy(demo::afterSingletonsInstantiated);
	}

	private static final class RefusingTransactions extends AbstractPlatformTransactionManager {

		@Override
		protected Object doGetTransaction() {
			throw new AssertionError("no transaction expected");
		}

		@Override
		protected void doBegin(Object transaction, org.springframework.transaction.TransactionDefinition definition) {
			throw new AssertionError("no transaction expected");
		}

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
			throw new AssertionError("no transaction expected");
		}

		@Override
		protected void doRollback(DefaultTransactionStatus status) {
			throw new AssertionError("no transaction expected");
		}
	}
}

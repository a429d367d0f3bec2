package org.banli.core.internal;

import org.banli.store.spi.ItemStoreContract;

/** The core's in-memory store keeps the contract of the real one, so what the core's tests decide on it holds. */
class InMemoryItemStoreTest extends ItemStoreContract {

    @Override
    protected Stores open() {
        InMemoryDirectory directory = new InMemoryDirectory();
        return new Stores(new InMemoryItemStore(), directory.unitStore, directory.userStore);
    }
}

package org.vetsync.application.query;

import java.io.Serializable;
import java.util.List;

/**
 * A cabinet and the products it stocks. {@code registered} is false for a cabinet the catalogue names in its stock but
 * the practice system never registered: vetsync rejects that cabinet's messages until it is.
 */
public record CabinetRow(String code, String name, String location, boolean registered, List<StockedProduct> products)
    implements Serializable {}

package org.vetsync.simulator;

/**
 * How a cabinet names what it dispensed: the practice system's {@code productCode} or its own {@code itemCode}.
 *
 * @param field the contract field, {@code productCode} or {@code itemCode}
 * @param code its value
 */
record ProductReference(String field, String code) {

  static ProductReference productCode(String code) {
    return new ProductReference("productCode", code);
  }

  static ProductReference itemCode(String code) {
    return new ProductReference("itemCode", code);
  }

  static ProductReference from(Arguments arguments) {
    var product = arguments.option("product");
    var item = arguments.option("item");
    if (product.isPresent() == item.isPresent()) {
      throw new UsageException(arguments.subcommand().word() + " needs either --product or --item");
    }
    return product.map(ProductReference::productCode).orElseGet(() -> itemCode(item.orElseThrow()));
  }
}

package org.vetsync.application;

import java.util.List;

/** Checks a message against the JSON Schema of its type (jms-config/contract/schemas). */
public interface ContractValidator {

  /** @return what is wrong with the message, most useful first; empty when it satisfies the contract */
  List<String> problems(String type, String json);
}

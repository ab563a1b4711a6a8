package org.vetsync.domain.model.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ClientTest {

  private static final String NAME = "Ann Smith";
  private static final String ADDRESS = "1 High St";
  private static final String PHONE = "0123";
  private static final String EMAIL = "ann@example.org";
  private static final LocalDate BORN = LocalDate.of(1980, 5, 17);
  private static final String SEX = "F";
  private static final String ID_NUMBER = "ID-1";

  private static ClientDetails details() {
    return new ClientDetails(NAME, ADDRESS, PHONE, EMAIL, BORN, SEX, ID_NUMBER);
  }

  private static Client existing() {
    Client client = new Client("CL-1");
    client.update(details());
    return client;
  }

  @Test
  void theFirstUpdateIsNotAChangeForCabinets() {
    Client client = new Client("CL-1");
    assertFalse(client.update(details()));
    assertEquals("CL-1", client.getPimsId());
    assertEquals(NAME, client.getName());
    assertEquals(ADDRESS, client.getAddress());
    assertEquals(PHONE, client.getPhone());
    assertEquals(EMAIL, client.getEmail());
    assertEquals(BORN, client.getDateOfBirth());
    assertEquals(SEX, client.getSex());
    assertEquals(ID_NUMBER, client.getIdNumber());
  }

  @Test
  void theSameDetailsAgainAreNoChange() {
    assertFalse(existing().update(details()));
  }

  @Test
  void aNewNameIsAChangeForCabinets() {
    Client client = existing();
    assertTrue(client.update(new ClientDetails("Ann Jones", ADDRESS, PHONE, EMAIL, BORN, SEX, ID_NUMBER)));
    assertEquals("Ann Jones", client.getName());
  }

  @Test
  void aNewDateOfBirthIsAChangeForCabinets() {
    Client client = existing();
    LocalDate corrected = LocalDate.of(1981, 5, 17);
    assertTrue(client.update(new ClientDetails(NAME, ADDRESS, PHONE, EMAIL, corrected, SEX, ID_NUMBER)));
    assertEquals(corrected, client.getDateOfBirth());
  }

  @Test
  void aNewSexIsAChangeForCabinets() {
    assertTrue(existing().update(new ClientDetails(NAME, ADDRESS, PHONE, EMAIL, BORN, "X", ID_NUMBER)));
  }

  @Test
  void aNewIdNumberIsAChangeForCabinets() {
    assertTrue(existing().update(new ClientDetails(NAME, ADDRESS, PHONE, EMAIL, BORN, SEX, "ID-2")));
  }

  @Test
  void clearingACabinetFieldIsAChangeForCabinets() {
    assertTrue(existing().update(new ClientDetails(NAME, ADDRESS, PHONE, EMAIL, null, SEX, ID_NUMBER)));
  }

  @Test
  void contactDetailsAloneAreNoChangeForCabinetsButAreKept() {
    Client client = existing();
    assertFalse(client.update(new ClientDetails(NAME, "9 Low Rd", "0999", "ann@new.example", BORN, SEX, ID_NUMBER)));
    assertEquals("9 Low Rd", client.getAddress());
    assertEquals("0999", client.getPhone());
    assertEquals("ann@new.example", client.getEmail());
  }

  @Test
  void eachContactFieldAloneIsNoChangeForCabinets() {
    assertFalse(existing().update(new ClientDetails(NAME, "2 High St", PHONE, EMAIL, BORN, SEX, ID_NUMBER)));
    assertFalse(existing().update(new ClientDetails(NAME, ADDRESS, "0999", EMAIL, BORN, SEX, ID_NUMBER)));
    assertFalse(existing().update(new ClientDetails(NAME, ADDRESS, PHONE, "other@example.org", BORN, SEX, ID_NUMBER)));
  }
}

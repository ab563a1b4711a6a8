package org.vetsync.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.vetsync.domain.model.pharmacy.ClientRecord;
import org.vetsync.domain.model.pharmacy.PetRecord;
import org.vetsync.domain.model.pharmacy.PharmacyExportRepository;
import org.vetsync.domain.model.pharmacy.PharmacyExportRun;
import org.vetsync.domain.model.pharmacy.ReviewItem;

/**
 * The export's bulk reads and writes go straight to JDBC (keyset pages of clients, one query for their pets), which
 * keeps a 100k-client export to seconds; runs and review items are ordinary JPA entities. Both use the transaction's
 * one connection.
 */
@ApplicationScoped
public class JpaPharmacyExportRepository implements PharmacyExportRepository {

  @PersistenceContext(unitName = "vetsync")
  private EntityManager em;

  @Override
  public long countClients() {
    return em.createQuery("select count(c) from Client c", Long.class).getSingleResult();
  }

  /**
   * Finds what differs from the last-sent state in the database, with the same tests {@code ClientDelta} applies: a
   * delta then reads only the clients it has something to say about, instead of every client of the practice. The
   * phone, a pet's birth date and breed are left out on purpose: they are not deltas, so a change of them alone would
   * match again at every run and send nothing.
   */
  @Override
  public List<ClientRow> clientsToExportAfter(long clientId, int limit) {
    String sql =
        "select c.id, c.pims_id, c.name, c.address, c.phone, c.email, s.client_id as sent, s.name as s_name,"
            + " s.address as s_address, s.phone as s_phone, s.email as s_email"
            // the bound on s.client_id too: a merge join then starts at the checkpoint, not at the first client
            + " from client c left join pharmacy_client_state s on s.client_id = c.id and s.client_id > ?"
            + " where c.id > ? and (s.client_id is null or c.name is distinct from s.name"
            + " or c.address is distinct from s.address or c.email is distinct from s.email"
            + " or exists (select 1 from patient p left join pharmacy_pet_state ps on ps.patient_id = p.id"
            // the redundant range keeps PostgreSQL from hashing the pets of every client once per batch: it
            // probes the owner index only for the clients whose own fields did not already select them
            + " where p.client_id = c.id and p.client_id <= c.id and (ps.patient_id is null"
            + " or p.name is distinct from ps.name"
            + " or p.deceased <> ps.deceased"
            + " or (p.weight_kg is not null and (ps.weight_kg is null or p.weight_kg <> ps.weight_kg)))))"
            + " order by c.id fetch first " + limit + " rows only";
    return jdbc(connection -> {
      List<ClientRow> rows = new ArrayList<>();
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.setLong(1, clientId);
        statement.setLong(2, clientId);
        try (ResultSet rs = statement.executeQuery()) {
          while (rs.next()) {
            ClientRecord current = new ClientRecord(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6));
            rs.getLong(7);
            ClientRecord sent = rs.wasNull()
                ? null
                : new ClientRecord(rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11));
            rows.add(new ClientRow(rs.getLong(1), rs.getString(2), current, sent));
          }
        }
      }
      return rows;
    });
  }

  @Override
  public long countClients(long afterId, long upToId) {
    return jdbc(connection -> {
      try (PreparedStatement statement =
          connection.prepareStatement("select count(*) from client where id > ? and id <= ?")) {
        statement.setLong(1, afterId);
        statement.setLong(2, upToId);
        try (ResultSet rs = statement.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }
    });
  }

  @Override
  public Map<Long, List<PetRow>> petsOf(Collection<Long> clientIds) {
    if (clientIds.isEmpty()) {
      return Map.of();
    }
    String in = clientIds.stream().map(String::valueOf).collect(Collectors.joining(","));
    String sql =
        "select p.id, p.client_id, p.pims_id, p.name, p.date_of_birth, p.weight_kg, p.breed, p.deceased,"
            + " s.patient_id as sent, s.name as s_name, s.date_of_birth as s_dob, s.weight_kg as s_weight,"
            + " s.breed as s_breed, s.deceased as s_deceased"
            + " from patient p left join pharmacy_pet_state s on s.patient_id = p.id"
            + " where p.client_id in (" + in + ") order by p.id";
    return jdbc(connection -> {
      Map<Long, List<PetRow>> pets = new HashMap<>();
      try (PreparedStatement statement = connection.prepareStatement(sql);
          ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          PetRecord current = new PetRecord(rs.getString(4), localDate(rs.getDate(5)), rs.getBigDecimal(6),
              rs.getString(7), rs.getBoolean(8));
          rs.getLong(9);
          PetRecord sent = rs.wasNull()
              ? null
              : new PetRecord(rs.getString(10), localDate(rs.getDate(11)), rs.getBigDecimal(12), rs.getString(13),
                  rs.getBoolean(14));
          long client = rs.getLong(2);
          pets.computeIfAbsent(client, c -> new ArrayList<>())
              .add(new PetRow(rs.getLong(1), client, rs.getString(3), current, sent));
        }
      }
      return pets;
    });
  }

  @Override
  public Map<Long, String> pharmacyMatches(Map<Long, ClientRecord> clients) {
    Map<String, List<Long>> byEmail = new HashMap<>();
    Map<String, List<Long>> byPhoneAndName = new HashMap<>();
    clients.forEach((id, client) -> {
      if (client.email() != null) {
        byEmail.computeIfAbsent(key(client.email()), k -> new ArrayList<>()).add(id);
      }
      if (client.phone() != null && client.name() != null) {
        byPhoneAndName.computeIfAbsent(key(client.phone()) + "\n" + key(client.name()), k -> new ArrayList<>())
            .add(id);
      }
    });
    if (byEmail.isEmpty() && byPhoneAndName.isEmpty()) {
      return Map.of();
    }
    return jdbc(connection -> {
      Map<Long, String> matches = new HashMap<>();
      try (PreparedStatement statement = connection.prepareStatement(
              "select pharmacy_ref, email_key, phone_key, name_key from pharmacy_known_client"
                  + " where email_key = any (?) or phone_key = any (?)")) {
        statement.setArray(1, connection.createArrayOf("VARCHAR", byEmail.keySet().toArray()));
        statement.setArray(2, connection.createArrayOf("VARCHAR",
            byPhoneAndName.keySet().stream().map(k -> k.substring(0, k.indexOf('\n'))).distinct().toArray()));
        try (ResultSet rs = statement.executeQuery()) {
          while (rs.next()) {
            String ref = rs.getString(1);
            // phone and name first, so that an email match (the stronger evidence) wins
            byPhoneAndName.getOrDefault(rs.getString(3) + "\n" + rs.getString(4), List.of())
                .forEach(id -> matches.put(id, ref));
            byEmail.getOrDefault(rs.getString(2), List.of()).forEach(id -> matches.put(id, ref));
          }
        }
      }
      return matches;
    });
  }

  @Override
  public void remember(List<SentClient> clients, List<SentPet> pets) {
    Timestamp now = Timestamp.from(Instant.now());
    jdbc(connection -> {
      try (PreparedStatement insert = connection.prepareStatement(
              "insert into pharmacy_client_state (name, address, phone, email, sent_at, pharmacy_ref, client_id)"
                  + " values (?, ?, ?, ?, ?, ?, ?)");
          PreparedStatement update = connection.prepareStatement(
              "update pharmacy_client_state set name = ?, address = ?, phone = ?, email = ?, sent_at = ?"
                  + " where client_id = ?")) {
        for (SentClient client : clients) {
          PreparedStatement statement = client.firstTime() ? insert : update;
          statement.setString(1, client.sent().name());
          statement.setString(2, client.sent().address());
          statement.setString(3, client.sent().phone());
          statement.setString(4, client.sent().email());
          statement.setTimestamp(5, now);
          if (client.firstTime()) {
            statement.setString(6, client.pharmacyRef());
            statement.setLong(7, client.clientId());
          } else {
            statement.setLong(6, client.clientId());
          }
          statement.addBatch();
        }
        insert.executeBatch();
        update.executeBatch();
      }
      try (PreparedStatement insert = connection.prepareStatement(
              "insert into pharmacy_pet_state (name, date_of_birth, weight_kg, breed, deceased, sent_at, patient_id)"
                  + " values (?, ?, ?, ?, ?, ?, ?)");
          PreparedStatement update = connection.prepareStatement(
              "update pharmacy_pet_state set name = ?, date_of_birth = ?, weight_kg = ?, breed = ?, deceased = ?,"
                  + " sent_at = ? where patient_id = ?")) {
        for (SentPet pet : pets) {
          PreparedStatement statement = pet.firstTime() ? insert : update;
          statement.setString(1, pet.sent().name());
          statement.setDate(2, pet.sent().dateOfBirth() == null ? null : Date.valueOf(pet.sent().dateOfBirth()));
          statement.setBigDecimal(3, pet.sent().weightKg());
          statement.setString(4, pet.sent().breed());
          statement.setBoolean(5, pet.sent().deceased());
          statement.setTimestamp(6, now);
          statement.setLong(7, pet.patientId());
          statement.addBatch();
        }
        insert.executeBatch();
        update.executeBatch();
      }
      return null;
    });
  }

  @Override
  public void storeBatch(long runId, int seq, int records, String payload) {
    jdbc(connection -> {
      try (PreparedStatement statement = connection.prepareStatement(
          "insert into pharmacy_export_batch (run_id, seq, records, payload) values (?, ?, ?, ?)")) {
        statement.setLong(1, runId);
        statement.setInt(2, seq);
        statement.setInt(3, records);
        statement.setString(4, payload);
        statement.executeUpdate();
      }
      return null;
    });
  }

  @Override
  public List<String> batches(long runId, int skip, int max) {
    return jdbc(connection -> {
      List<String> payloads = new ArrayList<>();
      try (PreparedStatement statement = connection.prepareStatement("select payload from pharmacy_export_batch"
          + " where run_id = ? order by seq offset ? rows fetch next ? rows only")) {
        statement.setLong(1, runId);
        statement.setInt(2, skip);
        statement.setInt(3, max);
        try (ResultSet rs = statement.executeQuery()) {
          while (rs.next()) {
            payloads.add(rs.getString(1));
          }
        }
      }
      return payloads;
    });
  }

  @Override
  public void knownClient(String pharmacyRef, String name, String email, String phone) {
    jdbc(connection -> {
      try (PreparedStatement statement = connection.prepareStatement(
          "insert into pharmacy_known_client (pharmacy_ref, name_key, email_key, phone_key) values (?, ?, ?, ?)")) {
        statement.setString(1, pharmacyRef);
        statement.setString(2, key(name));
        statement.setString(3, key(email));
        statement.setString(4, key(phone));
        statement.executeUpdate();
      }
      return null;
    });
  }

  @Override
  public void store(PharmacyExportRun run) {
    em.persist(run);
  }

  @Override
  public Optional<PharmacyExportRun> run(long id) {
    return Optional.ofNullable(em.find(PharmacyExportRun.class, id));
  }

  @Override
  public Optional<PharmacyExportRun> lockRun(long id) {
    return Optional.ofNullable(em.find(PharmacyExportRun.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Optional<PharmacyExportRun> activeRun() {
    return em.createQuery("select r from PharmacyExportRun r where r.status in"
            + " (org.vetsync.domain.model.pharmacy.PharmacyExportRun.Status.REQUESTED,"
            + " org.vetsync.domain.model.pharmacy.PharmacyExportRun.Status.RUNNING) order by r.id",
            PharmacyExportRun.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<PharmacyExportRun> lastFinished() {
    return em.createQuery("select r from PharmacyExportRun r where r.finishedAt is not null order by r.id desc",
            PharmacyExportRun.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<PharmacyExportRun> recentRuns(int limit) {
    return em.createQuery("select r from PharmacyExportRun r order by r.id desc", PharmacyExportRun.class)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public void store(ReviewItem item) {
    em.persist(item);
  }

  @Override
  public Optional<ReviewItem> review(long id) {
    return Optional.ofNullable(em.find(ReviewItem.class, id));
  }

  @Override
  public List<ReviewItem> undecidedOrInForce(Collection<Long> clientIds, Collection<Long> petIds) {
    List<ReviewItem> open = new ArrayList<>(undecidedOrInForce("CLIENT", clientIds));
    open.addAll(undecidedOrInForce("PET", petIds));
    return open;
  }

  private List<ReviewItem> undecidedOrInForce(String subject, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select r from ReviewItem r where r.subject = :subject and r.subjectId in :ids"
            + " and r.status in (org.vetsync.domain.model.pharmacy.ReviewItem.Status.PENDING,"
            + " org.vetsync.domain.model.pharmacy.ReviewItem.Status.APPROVED,"
            + " org.vetsync.domain.model.pharmacy.ReviewItem.Status.REJECTED) order by r.id", ReviewItem.class)
        .setParameter("subject", subject)
        .setParameter("ids", ids)
        .getResultList();
  }

  @Override
  public List<ReviewItem> pendingReviews() {
    return em.createQuery("select r from ReviewItem r where r.status ="
            + " org.vetsync.domain.model.pharmacy.ReviewItem.Status.PENDING order by r.detectedAt", ReviewItem.class)
        .getResultList();
  }

  private interface JdbcWork<T> {
    T run(Connection connection) throws SQLException;
  }

  /**
   * Runs SQL on the persistence context's own connection: a second connection from the pool in the same XA transaction
   * would make the transaction manager join the PostgreSQL branch, which its driver does not support.
   */
  private <T> T jdbc(JdbcWork<T> work) {
    em.flush();
    try {
      return work.run(em.unwrap(Connection.class));
    } catch (SQLException e) {
      throw new IllegalStateException("Pharmacy export database work failed: " + e.getMessage(), e);
    }
  }

  private static String key(String value) {
    return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
  }

  private static java.time.LocalDate localDate(Date date) {
    return date == null ? null : date.toLocalDate();
  }
}

package io.simbridge.jobs.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/** Where {@link Database} gets its connections. */
abstract class Connections implements AutoCloseable {
  /** Opens a new connection. */
  @FunctionalInterface
  interface Opener {
    Connection open() throws SQLException;
  }

  abstract Connection borrow() throws SQLException;

  /**
   * @param c      a connection from {@link #borrow()}
   * @param broken whether a statement failed on it, so it should not be reused
   */
  abstract void giveBack(Connection c, boolean broken);

  @Override
  public abstract void close();

  static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // Nothing to do about a connection that cannot even close.
    }
  }

  /** One connection, used by one thread at a time: the SQLite case. */
  static final class Single extends Connections {
    private final Opener opener;
    private final ReentrantLock lock = new ReentrantLock(true);
    private Connection connection;
    private boolean closed;

    Single(Opener opener) {
      this.opener = opener;
    }

    @Override
    Connection borrow() throws SQLException {
      lock.lock();
      try {
        if (closed) {
          throw new SQLException("the job store is closed");
        }
        if (connection == null) {
          connection = opener.open();
        }
        return connection;
      } catch (SQLException | RuntimeException e) {
        lock.unlock();
        throw e;
      }
    }

    @Override
    void giveBack(Connection c, boolean broken) {
      try {
        if (broken || closed) {
          closeQuietly(c);
          connection = null;
        }
      } finally {
        lock.unlock();
      }
    }

    @Override
    public void close() {
      lock.lock();
      try {
        closed = true;
        if (connection != null) {
          closeQuietly(connection);
          connection = null;
        }
      } finally {
        lock.unlock();
      }
    }
  }

  /** A few connections of the store's own, kept open between units of work: the PostgreSQL case. */
  static final class Pool extends Connections {
    private static final int MAX_IDLE = 8;
    private final Opener opener;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    Pool(Opener opener) {
      this.opener = opener;
    }

    @Override
    Connection borrow() throws SQLException {
      synchronized (this) {
        if (closed) {
          throw new SQLException("the job store is closed");
        }
        Connection c = idle.pollFirst();
        if (c != null) {
          return c;
        }
      }
      return opener.open();
    }

    @Override
    void giveBack(Connection c, boolean broken) {
      synchronized (this) {
        if (!broken && !closed && idle.size() < MAX_IDLE) {
          idle.addFirst(c);
          return;
        }
        if (broken) {
          // The database may have gone away: the idle connections would fail the next units of
          // work one by one, so they go too, and the next unit opens a fresh one.
          idle.forEach(Connections::closeQuietly);
          idle.clear();
        }
      }
      closeQuietly(c);
    }

    @Override
    public void close() {
      synchronized (this) {
        closed = true;
        idle.forEach(Connections::closeQuietly);
        idle.clear();
      }
    }
  }

  /** The user's data source, which pools as it likes. */
  static final class Borrowed extends Connections {
    private final DataSource dataSource;

    Borrowed(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    @Override
    Connection borrow() throws SQLException {
      return dataSource.getConnection();
    }

    @Override
    void giveBack(Connection c, boolean broken) {
      closeQuietly(c);
    }

    @Override
    public void close() {
      // The data source is the user's to close.
    }
  }
}

package fr.hen.planning.pas;

/** A bed of a room. Identity equality. */
public final class Bed {

  private final long id;
  private final Room room;
  private final String label;

  public Bed(long id, Room room, String label) {
    this.id = id;
    this.room = room;
    this.label = label;
    room.beds().add(this);
  }

  public long id() {
    return id;
  }

  public Room room() {
    return room;
  }

  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}

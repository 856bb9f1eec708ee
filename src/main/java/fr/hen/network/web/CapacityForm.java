package fr.hen.network.web;

import fr.hen.network.Capability;
import fr.hen.network.Capacity;
import fr.hen.network.CapacityDeclaration;
import fr.hen.network.CapacityStatus;
import fr.hen.network.OrganisationProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The capacity declaration form: one row per capability of the catalogue. A row with neither places nor free places
 * is not declared; a row with places and no free places declares 0 free; a row with free places but no places is
 * declared as typed, so that its missing places are reported rather than the row dropped.
 */
public class CapacityForm {

  /** One capability row of the form. */
  public static class Row {
    private String capability;
    private String label;
    private Integer places;
    private Integer freePlaces;
    private CapacityStatus capacityStatus = CapacityStatus.AVAILABLE;

    public String getCapability() { return capability; }
    public void setCapability(String v) { capability = v; }
    public String getLabel() { return label; }
    public void setLabel(String v) { label = v; }
    public Integer getPlaces() { return places; }
    public void setPlaces(Integer v) { places = v; }
    public Integer getFreePlaces() { return freePlaces; }
    public void setFreePlaces(Integer v) { freePlaces = v; }
    public CapacityStatus getCapacityStatus() { return capacityStatus; }
    public void setCapacityStatus(CapacityStatus v) { capacityStatus = v; }
  }

  private List<Row> rows = new ArrayList<>();

  public List<Row> getRows() { return rows; }
  public void setRows(List<Row> v) { rows = v; }

  static CapacityForm of(List<Capability> catalogue, OrganisationProfile organisation) {
    Map<String, Capacity> declared = organisation.capabilities().stream()
        .collect(Collectors.toMap(Capacity::code, Function.identity()));
    CapacityForm form = new CapacityForm();
    for (Capability c : catalogue) {
      Row row = new Row();
      row.capability = c.code();
      row.label = c.label();
      Capacity current = declared.get(c.code());
      if (current != null) {
        row.places = current.places();
        row.freePlaces = current.freePlaces();
        row.capacityStatus = current.capacityStatus();
      }
      form.rows.add(row);
    }
    return form;
  }

  /** Indexes of the rows that declare a capability (those with places or free places), in the form's order. */
  List<Integer> offered() {
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      if (row != null && (row.places != null || row.freePlaces != null)) {
        indexes.add(i);
      }
    }
    return indexes;
  }

  /** One declaration per offered row, in the same order. */
  List<CapacityDeclaration> declarations() {
    return offered().stream().map(rows::get).map(r -> new CapacityDeclaration(r.capability, r.places,
        r.freePlaces == null && r.places != null ? Integer.valueOf(0) : r.freePlaces, r.capacityStatus)).toList();
  }
}

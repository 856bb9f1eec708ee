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

/** The capacity declaration form: one row per capability of the catalogue; rows without places are not offered. */
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

  /** Indexes of the rows that declare a capability (those with places). */
  List<Integer> offered() {
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).places != null) {
        indexes.add(i);
      }
    }
    return indexes;
  }

  List<CapacityDeclaration> declarations() {
    return offered().stream().map(rows::get).map(r -> new CapacityDeclaration(r.capability, r.places,
        r.freePlaces == null ? 0 : r.freePlaces, r.capacityStatus)).toList();
  }
}

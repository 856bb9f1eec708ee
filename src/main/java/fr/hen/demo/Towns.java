package fr.hen.demo;

import java.util.List;

/** Real towns of the Hauts-de-France with their coordinates (WGS 84) and postcodes. */
final class Towns {

  record Town(String name, String postcode, double latitude, double longitude) {}

  static final List<Town> ALL = List.of(
      new Town("Lille", "59000", 50.6292, 3.0573),
      new Town("Roubaix", "59100", 50.6942, 3.1746),
      new Town("Tourcoing", "59200", 50.7239, 3.1612),
      new Town("Villeneuve-d'Ascq", "59650", 50.6233, 3.1450),
      new Town("Lens", "62300", 50.4328, 2.8319),
      new Town("Arras", "62000", 50.2910, 2.7775),
      new Town("Douai", "59500", 50.3714, 3.0800),
      new Town("Valenciennes", "59300", 50.3570, 3.5235),
      new Town("Cambrai", "59400", 50.1759, 3.2350),
      new Town("Dunkerque", "59140", 51.0344, 2.3768),
      new Town("Calais", "62100", 50.9513, 1.8587),
      new Town("Boulogne-sur-Mer", "62200", 50.7264, 1.6147),
      new Town("Saint-Omer", "62500", 50.7500, 2.2522),
      new Town("Béthune", "62400", 50.5303, 2.6408),
      new Town("Maubeuge", "59600", 50.2775, 3.9734),
      new Town("Amiens", "80000", 49.8941, 2.2958),
      new Town("Abbeville", "80100", 50.1054, 1.8332),
      new Town("Beauvais", "60000", 49.4295, 2.0807),
      new Town("Compiègne", "60200", 49.4179, 2.8261),
      new Town("Creil", "60100", 49.2597, 2.4744),
      new Town("Saint-Quentin", "02100", 49.8465, 3.2876),
      new Town("Laon", "02000", 49.5641, 3.6199),
      new Town("Soissons", "02200", 49.3817, 3.3236),
      new Town("Armentières", "59280", 50.6881, 2.8833),
      new Town("Hazebrouck", "59190", 50.7245, 2.5387),
      new Town("Liévin", "62800", 50.4228, 2.7786),
      new Town("Hénin-Beaumont", "62110", 50.4217, 2.9508),
      new Town("Denain", "59220", 50.3290, 3.3961),
      new Town("Seclin", "59113", 50.5486, 3.0297),
      new Town("Marcq-en-Barœul", "59700", 50.6711, 3.0970),
      new Town("Loos", "59120", 50.6128, 3.0144),
      new Town("Bruay-la-Buissière", "62700", 50.4833, 2.5500),
      new Town("Noyon", "60400", 49.5817, 2.9989),
      new Town("Péronne", "80200", 49.9322, 2.9363),
      new Town("Berck", "62600", 50.4083, 1.5928),
      new Town("Montreuil-sur-Mer", "62170", 50.4639, 1.7636));

  private Towns() {}
}

-- Directory search without accents or case (network module), H2 variant of the PostgreSQL migration of the same
-- version: the same generated columns with the same expression (fr.hen.network.internal.SearchText.sql, kept equal
-- by SearchTextTest); no trigram index on H2, whose search reads the table.
ALTER TABLE organisation ADD COLUMN search_text VARCHAR(1000) GENERATED ALWAYS AS (
    REPLACE(REPLACE(REPLACE(TRANSLATE(code || ' ' || name || ' ' || city, 'ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĐĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦĨĩĪīĬĭĮįİĲĴĵĶķĹĺĻļĽľĿŁŃńŅņŇňŊŌōŎŏŐőŒŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽž-''’', 'abcdefghijklmnopqrstuvwxyzaaaaaaæceeeeiiiiðnoooooøuuuuyþaaaaaaceeeeiiiinooooouuuuyyaaaaaaccccccccddđeeeeeeeeeegggggggghhħiiiiiiiiiĳjjkkllllllŀłnnnnnnŋooooooœrrrrrrssssssssttttŧuuuuuuuuuuuuwwyyyzzzzzz   '), 'æ', 'ae'), 'œ', 'oe'), 'ß', 'ss'));
ALTER TABLE organisation ADD COLUMN city_key VARCHAR(250) GENERATED ALWAYS AS (
    REPLACE(REPLACE(REPLACE(TRANSLATE(TRIM(city), 'ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĐĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦĨĩĪīĬĭĮįİĲĴĵĶķĹĺĻļĽľĿŁŃńŅņŇňŊŌōŎŏŐőŒŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽž-''’', 'abcdefghijklmnopqrstuvwxyzaaaaaaæceeeeiiiiðnoooooøuuuuyþaaaaaaceeeeiiiinooooouuuuyyaaaaaaccccccccddđeeeeeeeeeegggggggghhħiiiiiiiiiĳjjkkllllllŀłnnnnnnŋooooooœrrrrrrssssssssttttŧuuuuuuuuuuuuwwyyyzzzzzz   '), 'æ', 'ae'), 'œ', 'oe'), 'ß', 'ss'));
CREATE INDEX organisation_city_key_ix ON organisation (city_key);
CREATE INDEX organisation_postcode_ix ON organisation (postcode);

/* Occupancy forecast: one ECharts chart per series (the hospital, each unit): the expected beds as a line, the
   10th-90th percentile band as a stacked area, the available beds as a dashed line. The data comes from the page's
   <script type="application/json"> element (no inline script under the CSP); each chart's table is its
   accessible equivalent. */
(function () {
  'use strict';

  function draw() {
    var source = document.getElementById('forecast-data');
    if (!source || typeof echarts === 'undefined') {
      return;
    }
    var charts = JSON.parse(source.textContent || '[]');
    document.querySelectorAll('.forecast .chart').forEach(function (el) {
      var data = charts[Number(el.getAttribute('data-index'))];
      if (!data) {
        return;
      }
      var days = data.days.map(function (d) { return d.day; });
      var chart = echarts.init(el, null, { renderer: 'svg' });
      chart.setOption({
        animation: false,
        grid: { containLabel: true, left: 8, right: 16, top: 32, bottom: 8 },
        legend: { top: 0, data: [el.getAttribute('data-expected'), el.getAttribute('data-band'),
          el.getAttribute('data-capacity')] },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: days, boundaryGap: false },
        yAxis: { type: 'value', min: 0 },
        series: [
          { name: 'low', type: 'line', stack: 'band', symbol: 'none', lineStyle: { opacity: 0 },
            data: data.days.map(function (d) { return d.low; }), tooltip: { show: false } },
          { name: el.getAttribute('data-band'), type: 'line', stack: 'band', symbol: 'none',
            lineStyle: { opacity: 0 }, areaStyle: { color: '#9fc5e8' },
            data: data.days.map(function (d) { return d.high - d.low; }) },
          { name: el.getAttribute('data-expected'), type: 'line', color: '#073763',
            data: data.days.map(function (d) { return d.expected; }) },
          { name: el.getAttribute('data-capacity'), type: 'line', symbol: 'none', color: '#990000',
            lineStyle: { type: 'dashed' }, data: data.days.map(function () { return data.available_beds; }) }
        ]
      });
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();

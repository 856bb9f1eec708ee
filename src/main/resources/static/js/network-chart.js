/* Network bed view: occupancy per hospital as an ECharts bar chart. The data comes from the page's
   <script type="application/json" id="occupancy-data"> (no inline script under the CSP); the table next to
   the chart is its accessible alternative. A suppressed hospital has no bar. */
(function () {
  'use strict';

  function draw() {
    var el = document.getElementById('occupancy-chart');
    var source = document.getElementById('occupancy-data');
    if (!el || !source || typeof echarts === 'undefined') {
      return;
    }
    var bars = JSON.parse(source.textContent || '[]');
    var hidden = el.getAttribute('data-suppressed') || '';
    var label = function (value) {
      return value === null || value === undefined ? hidden : value + ' %';
    };
    var chart = echarts.init(el, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      grid: { containLabel: true, left: 8, right: 16, top: 32, bottom: 8 },
      tooltip: { trigger: 'axis', valueFormatter: label },
      xAxis: {
        type: 'category',
        data: bars.map(function (b) { return b.name; }),
        axisLabel: { interval: 0, rotate: bars.length > 6 ? 30 : 0 }
      },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
      series: [{
        name: el.getAttribute('data-series') || '',
        type: 'bar',
        data: bars.map(function (b) {
          return { value: b.value, itemStyle: { color: b.own ? '#073763' : '#5b8fc7' } };
        }),
        label: { show: true, position: 'top', formatter: function (p) { return label(p.value); } }
      }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();

/* Discharge figures: refusal reasons and acceptance per partner type as ECharts bar charts. The data comes from
   the page's <script type="application/json"> elements (no inline script under the CSP); the tables next to the
   charts are their accessible equivalent. A suppressed value has no bar and is labelled "<5". */
(function () {
  'use strict';

  function bars(chartId, dataId) {
    var el = document.getElementById(chartId);
    var source = document.getElementById(dataId);
    if (!el || !source || typeof echarts === 'undefined') {
      return;
    }
    var data = JSON.parse(source.textContent || '[]');
    var hidden = el.getAttribute('data-suppressed') || '';
    var unit = el.getAttribute('data-unit') || '';
    var label = function (value) {
      return value === null || value === undefined ? hidden : value + unit;
    };
    var chart = echarts.init(el, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      grid: { containLabel: true, left: 8, right: 16, top: 32, bottom: 8 },
      tooltip: { trigger: 'axis', valueFormatter: label },
      xAxis: {
        type: 'category',
        data: data.map(function (b) { return b.name; }),
        axisLabel: { interval: 0, rotate: data.length > 4 ? 30 : 0 }
      },
      yAxis: { type: 'value', min: 0, max: unit ? 100 : null },
      series: [{
        name: el.getAttribute('data-series') || '',
        type: 'bar',
        data: data.map(function (b) { return { value: b.value, itemStyle: { color: '#073763' } }; }),
        label: { show: true, position: 'top', formatter: function (p) { return label(p.value); } }
      }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function draw() {
    bars('types-chart', 'types-data');
    bars('reasons-chart', 'reasons-data');
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
